package id.serasi.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Only save and read: the trail is append-only. */
public interface AuditEvents extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findBySubjectTypeAndSubjectRefOrderByOccurredAtAscIdAsc(String subjectType, String subjectRef);
}
