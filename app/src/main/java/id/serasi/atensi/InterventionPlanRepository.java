package id.serasi.atensi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InterventionPlanRepository extends JpaRepository<InterventionPlan, Long> {

    List<InterventionPlan> findByCaseIdOrderByRevisionAsc(Long caseId);

    Optional<InterventionPlan> findFirstByCaseIdOrderByRevisionDesc(Long caseId);

    Optional<InterventionPlan> findFirstByCaseIdAndStatusOrderByRevisionDesc(Long caseId, PlanStatus status);
}
