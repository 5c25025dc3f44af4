package id.serasi.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Only save and read: the trail is append-only. */
public interface AuditEvents extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findBySubjectTypeAndSubjectRefOrderByOccurredAtAscIdAsc(String subjectType, String subjectRef);

    Optional<AuditEvent> findFirstBySubjectTypeAndSubjectRefAndActionOrderByOccurredAtDescIdDesc(String subjectType,
                                                                                               String subjectRef,
                                                                                               String action);
}
