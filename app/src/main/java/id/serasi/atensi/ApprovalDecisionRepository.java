package id.serasi.atensi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovalDecisionRepository extends JpaRepository<ApprovalDecision, Long> {

    List<ApprovalDecision> findByCaseIdOrderByCreatedAtAscIdAsc(Long caseId);
}
