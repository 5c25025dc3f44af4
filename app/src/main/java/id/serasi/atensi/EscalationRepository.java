package id.serasi.atensi;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EscalationRepository extends JpaRepository<Escalation, Long> {

    List<Escalation> findByCaseIdOrderByEscalatedAtAsc(Long caseId);

    List<Escalation> findByUnitCodeInAndResolvedFalseOrderByEscalatedAtDesc(Collection<String> unitCodes);

    boolean existsByTaskId(String taskId);
}
