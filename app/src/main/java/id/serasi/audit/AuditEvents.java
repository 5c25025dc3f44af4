package id.serasi.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Only read: the trail is append-only, and {@link AuditTrail} writes its lines. */
public interface AuditEvents extends Repository<AuditEvent, Long> {

    List<AuditEvent> findBySubjectTypeAndSubjectRefOrderByOccurredAtAscIdAsc(String subjectType, String subjectRef);

    /** Newest first; a page of one gives the last (a query string: Hibernate keeps its SQL, see CaseRepository). */
    @Query("select e from AuditEvent e where e.subjectType = ?1 and e.subjectRef = ?2 and e.action = ?3"
            + " order by e.occurredAt desc, e.id desc")
    List<AuditEvent> findNewest(String subjectType, String subjectRef, String action, Pageable page);
}
