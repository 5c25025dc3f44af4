package id.serasi.atensi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One revision of a case's intervention plan. A returned plan is never edited: the worker writes the next revision,
 * so every version the supervisor saw stays in the file.
 */
@Entity
@Table(name = "intervention_plan")
public class InterventionPlan extends CaseRecord {

    private int revision;
    private String goals;
    @Column(name = "service_forms")
    private String serviceForms;
    @Enumerated(EnumType.STRING)
    private CareSetting setting;
    private String team;
    private String schedule;
    @Column(name = "success_indicators")
    private String successIndicators;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    protected InterventionPlan() {
    }

    public InterventionPlan(Long caseId, String author, Instant createdAt, int revision, String goals,
                            Set<ServiceForm> serviceForms, CareSetting setting, String team, String schedule,
                            String successIndicators) {
        super(caseId, author, createdAt);
        this.revision = revision;
        this.goals = goals;
        this.serviceForms = serviceForms.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.setting = setting;
        this.team = team;
        this.schedule = schedule;
        this.successIndicators = successIndicators;
        this.status = PlanStatus.SUBMITTED;
    }

    public void decide(Decision decision) {
        if (status != PlanStatus.SUBMITTED) {
            throw new IllegalStateException("plan revision " + revision + " was already decided: " + status);
        }
        status = switch (decision) {
            case APPROVED -> PlanStatus.APPROVED;
            case RETURNED -> PlanStatus.RETURNED;
            case REJECTED -> PlanStatus.REJECTED;
        };
    }

    public int getRevision() {
        return revision;
    }

    public String getGoals() {
        return goals;
    }

    public Set<ServiceForm> getServiceForms() {
        Set<ServiceForm> forms = EnumSet.noneOf(ServiceForm.class);
        Arrays.stream(serviceForms.split(",")).filter(s -> !s.isBlank()).map(ServiceForm::valueOf).forEach(forms::add);
        return forms;
    }

    public CareSetting getSetting() {
        return setting;
    }

    public String getTeam() {
        return team;
    }

    public String getSchedule() {
        return schedule;
    }

    public String getSuccessIndicators() {
        return successIndicators;
    }

    public PlanStatus getStatus() {
        return status;
    }
}
