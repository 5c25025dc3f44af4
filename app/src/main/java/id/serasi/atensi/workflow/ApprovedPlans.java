package id.serasi.atensi.workflow;

import id.serasi.atensi.InterventionPlanRepository;
import id.serasi.atensi.PlanStatus;
import java.util.List;
import org.springframework.stereotype.Component;

/** The service forms of a case's approved plan: one parallel delivery each ({@code ${approvedPlans.serviceForms(caseId)}}). */
@Component("approvedPlans")
public class ApprovedPlans {

    private final InterventionPlanRepository plans;

    ApprovedPlans(InterventionPlanRepository plans) {
        this.plans = plans;
    }

    public List<String> serviceForms(Object caseId) {
        return plans.findFirstByCaseIdAndStatusOrderByRevisionDesc(((Number) caseId).longValue(), PlanStatus.APPROVED)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " has no approved plan"))
                .getServiceForms().stream().map(Enum::name).toList();
    }
}
