package id.serasi.atensi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AfterCareVisitRepository extends JpaRepository<AfterCareVisit, Long> {

    List<AfterCareVisit> findByCaseIdOrderByCreatedAtAscIdAsc(Long caseId);
}
