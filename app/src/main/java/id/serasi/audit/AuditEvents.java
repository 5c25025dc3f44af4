package id.serasi.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Only read: the trail is append-only, and {@link AuditTrail} writes its lines. */
public interface AuditEvents extends Repository<AuditEvent, Long> {

    List<AuditEvent> findBySubjectTypeAndSubjectRefOrderByOccurredAtAscIdAsc(String subjectType, String subjectRef);
}
