package id.serasi.atensi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InterventionPlanRepository extends JpaRepository<InterventionPlan, Long> {

    List<InterventionPlan> findByCaseIdOrderByRevisionAsc(Long caseId);

    // read at task steps: written out, see CaseRepository

    @Query("select p from InterventionPlan p where p.caseId = ?1 order by p.revision desc limit 1")
    Optional<InterventionPlan> findFirstByCaseIdOrderByRevisionDesc(Long caseId);

    @Query("select p from InterventionPlan p where p.caseId = ?1 and p.status = ?2 order by p.revision desc limit 1")
    Optional<InterventionPlan> findFirstByCaseIdAndStatusOrderByRevisionDesc(Long caseId, PlanStatus status);
}
