package id.serasi.ui.atensi;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import id.serasi.atensi.ApprovalDecision;
import id.serasi.atensi.ApprovalSubject;
import id.serasi.atensi.Assessment;
import id.serasi.atensi.AtensiCase;
import id.serasi.atensi.CaseFile;
import id.serasi.atensi.CaseRecord;
import id.serasi.atensi.Evaluation;
import id.serasi.atensi.InterventionPlan;
import id.serasi.atensi.PlanChanges;
import id.serasi.atensi.ProcessStep;
import id.serasi.atensi.Termination;
import id.serasi.audit.AuditEvent;
import id.serasi.beneficiary.Beneficiary;
import id.serasi.security.StaffDirectory;
import id.serasi.ui.Formats;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The parts of a case file as the case page and the task page show them. */
public class CaseSections extends VerticalLayout {

    private final CaseFile file;
    private final StaffDirectory directory;
    private final ZoneId zone;

    /** Dates show in {@code zone}, the case unit's. */
    public CaseSections(CaseFile file, StaffDirectory directory, ZoneId zone) {
        this.file = file;
        this.directory = directory;
        this.zone = zone;
        setPadding(false);
    }

    /** What a task's form needs beside it: the plan and assessment for an approval, and so on. */
    public CaseSections forTask(String formKey) {
        add(section("case.section.problem", true, new Paragraph(file.atensiCase().getProblem())));
        switch (formKey == null ? "" : formKey) {
            case "plan-approval" -> {
                add(plan(file.latestPlan(), true));
                changes().ifPresent(this::add);
                add(assessment(file.latestAssessment(), false));
            }
            case "intervention-plan", "case-conference" -> {
                lastDecision(ApprovalSubject.INTERVENTION_PLAN).ifPresent(this::add);
                changes().ifPresent(this::add);
                add(assessment(file.latestAssessment(), true));
            }
            case "termination-approval" -> {
                add(termination(file.latestTermination()));
                file.evaluations().stream().reduce((a, b) -> b).ifPresent(e -> add(evaluation(e)));
            }
            case "evaluation", "termination", "service-delivery", "progress-report" -> add(plan(file.latestPlan(), false));
            default -> add(beneficiary(file.atensiCase()));
        }
        return this;
    }

    /** The whole file, for the case page. */
    public CaseSections all() {
        add(beneficiary(file.atensiCase()));
        add(section("case.section.problem", false, new Paragraph(file.atensiCase().getProblem())));
        file.assessments().forEach(a -> add(assessment(a, false)));
        file.plans().forEach(p -> add(plan(p, false)));
        if (!file.decisions().isEmpty()) {
            add(section("case.section.decisions", false, list(file.decisions().stream().map(d ->
                    stamp(d) + " · " + getTranslation("enum.ApprovalSubject." + d.getSubject()) + " · "
                            + getTranslation("enum.Decision." + d.getDecision())
                            + (d.getReasons() == null ? "" : " — " + d.getReasons())).toList())));
        }
        if (!file.deliveries().isEmpty()) {
            add(section("case.section.deliveries", false, list(file.deliveries().stream().map(d -> stamp(d) + " · "
                    + getTranslation("enum.ServiceForm." + d.getServiceForm()) + " — " + d.getActivities()).toList())));
        }
        if (!file.progressReports().isEmpty()) {
            add(section("case.section.progress", false, list(file.progressReports().stream()
                    .map(r -> stamp(r) + " — " + r.getProgress()).toList())));
        }
        file.evaluations().forEach(e -> add(evaluation(e)));
        file.terminations().forEach(t -> add(termination(t)));
        if (!file.visits().isEmpty()) {
            add(section("case.section.visits", false, list(file.visits().stream().map(v -> stamp(v) + " · "
                    + getTranslation("enum.AfterCareOutcome." + v.getOutcome()) + " — " + v.getNotes()).toList())));
        }
        if (!file.notes().isEmpty()) {
            add(section("case.section.notes", false, list(file.notes().stream().map(n -> stamp(n) + " — " + n.getText()).toList())));
        }
        if (!file.escalations().isEmpty()) {
            add(section("case.section.escalations", true, list(file.escalations().stream().map(e ->
                    Formats.dateTime(e.getEscalatedAt(), getLocale(), zone) + " · " + e.getTaskName() + " · "
                            + getTranslation("tasks.due") + " " + Formats.date(e.getDueAt(), getLocale(), zone)).toList())));
        }
        if (!file.family().isEmpty()) {
            VerticalLayout family = new VerticalLayout();
            family.setPadding(false);
            file.family().forEach(other -> family.add(new HorizontalLayout(new RouterLink(other.getCaseNumber(),
                    CaseView.class, CaseView.parameters(other.getCaseNumber())), new Span(other.getBeneficiary().getFullName()),
                    new Span(getTranslation("enum.Stage." + other.getStage())))));
            add(section("case.section.family", true, family));
        }
        add(section("case.section.steps", false, steps(file.steps())));
        add(section("case.section.history", true, history(file.history())));
        return this;
    }

    private Details beneficiary(AtensiCase c) {
        Beneficiary b = c.getBeneficiary();
        return section("case.section.beneficiary", true, list(List.of(
                getTranslation("form.fullName") + ": " + b.getFullName(),
                "NIK: " + b.getNik() + " · KK: " + b.getKk(),
                getTranslation("form.birthDate") + ": " + Formats.date(b.getBirthDate(), getLocale()) + " · "
                        + getTranslation("enum.Gender." + b.getGender()),
                getTranslation("form.address") + ": " + b.getAddress() + " (" + b.getRegionCode().dotted() + ")",
                getTranslation("form.targetGroup") + ": " + getTranslation("enum.TargetGroup." + c.getTargetGroup())
                        + " · " + getTranslation("enum.CareSetting." + c.getSetting()))));
    }

    private Details assessment(Assessment a, boolean open) {
        if (a == null) {
            return section("case.section.assessment", open, new Paragraph(getTranslation("case.none")));
        }
        return section("case.section.assessment", open, list(List.of(stamp(a),
                getTranslation("form.problem") + ": " + a.getProblem(), getTranslation("form.family") + ": " + a.getFamily(),
                getTranslation("form.environment") + ": " + a.getEnvironment(),
                getTranslation("form.strengths") + ": " + a.getStrengths(), getTranslation("form.needs") + ": " + a.getNeeds())));
    }

    private Details plan(InterventionPlan p, boolean open) {
        if (p == null) {
            return section("case.section.plan", open, new Paragraph(getTranslation("case.none")));
        }
        Details details = section("case.section.plan", open, list(List.of(
                getTranslation("case.plan.revision", p.getRevision()) + " · " + getTranslation("enum.PlanStatus." + p.getStatus())
                        + " · " + stamp(p),
                getTranslation("form.goals") + ": " + p.getGoals(),
                getTranslation("form.serviceForms") + ": " + p.getServiceForms().stream()
                        .map(f -> getTranslation("enum.ServiceForm." + f)).collect(Collectors.joining(", ")),
                getTranslation("form.setting") + ": " + getTranslation("enum.CareSetting." + p.getSetting()),
                getTranslation("form.team") + ": " + p.getTeam(), getTranslation("form.schedule") + ": " + p.getSchedule(),
                getTranslation("form.successIndicators") + ": " + p.getSuccessIndicators())));
        details.setId("plan-" + p.getRevision());
        return details;
    }

    /** The latest revision against the last approved one (or the one before): what the supervisor is asked to judge. */
    private Optional<Details> changes() {
        InterventionPlan latest = file.latestPlan();
        InterventionPlan base = latest == null ? null : PlanChanges.baseline(file.plans(), latest);
        if (base == null) {
            return Optional.empty();
        }
        List<String> lines = PlanChanges.between(base, latest).stream().map(c -> getTranslation("form." + c.field())
                + ": " + shown(c.before()) + " → " + shown(c.after())).toList();
        Details details = section("case.section.changes", true, list(lines.isEmpty()
                ? List.of(getTranslation("case.changes.none")) : lines));
        details.setSummaryText(getTranslation("case.section.changes", base.getRevision(), latest.getRevision()));
        details.setId("plan-changes");
        return Optional.of(details);
    }

    private String shown(Object value) {
        if (value instanceof java.util.Collection<?> forms) {
            return forms.stream().map(f -> getTranslation("enum.ServiceForm." + f)).collect(Collectors.joining(", "));
        }
        if (value instanceof Enum<?> e) {
            return getTranslation("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
        }
        return String.valueOf(value);
    }

    private Optional<Details> lastDecision(ApprovalSubject subject) {
        return file.decisions().stream().filter(d -> d.getSubject() == subject).reduce((a, b) -> b)
                .filter(d -> d.getReasons() != null)
                .map(d -> section("case.section.lastDecision", true, new Paragraph(
                        getTranslation("enum.Decision." + d.getDecision()) + " · " + stamp(d) + " — " + d.getReasons())));
    }

    private Details termination(Termination t) {
        if (t == null) {
            return section("case.section.termination", true, new Paragraph(getTranslation("case.none")));
        }
        return section("case.section.termination", true, new Paragraph(stamp(t) + " · "
                + getTranslation("enum.TerminationReason." + t.getReason()) + " — " + t.getNotes()));
    }

    private Details evaluation(Evaluation e) {
        return section("case.section.evaluation", true, new Paragraph(stamp(e) + " · "
                + getTranslation(e.isGoalsMet() ? "form.goalsMet.yes" : "form.goalsMet.no") + " — " + e.getSummary()));
    }

    private Grid<AuditEvent> history(List<AuditEvent> events) {
        Grid<AuditEvent> grid = new Grid<>();
        grid.setId("history");
        grid.addColumn(e -> Formats.dateTime(e.getOccurredAt(), getLocale(), zone)).setHeader(getTranslation("case.history.when")).setAutoWidth(true);
        grid.addColumn(e -> directory.displayName(e.getActor())).setHeader(getTranslation("case.history.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit." + e.getAction())).setHeader(getTranslation("case.history.what")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getDetails).setHeader(getTranslation("case.history.details"));
        grid.setItems(events);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<ProcessStep> steps(List<ProcessStep> steps) {
        Grid<ProcessStep> grid = new Grid<>();
        grid.setId("process-steps");
        grid.addColumn(s -> Formats.dateTime(s.started(), getLocale(), zone)).setHeader(getTranslation("case.steps.started")).setAutoWidth(true);
        grid.addColumn(ProcessStep::name).setHeader(getTranslation("case.steps.step")).setAutoWidth(true);
        grid.addColumn(s -> directory.displayName(s.assignee())).setHeader(getTranslation("case.history.who"));
        grid.addColumn(s -> s.ended() == null ? getTranslation("case.steps.running")
                : (s.cancelled() ? getTranslation("case.steps.cancelled") + " " : "") + Formats.dateTime(s.ended(), getLocale(), zone))
                .setHeader(getTranslation("case.steps.ended")).setAutoWidth(true);
        grid.setItems(steps);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String stamp(CaseRecord record) {
        return directory.displayName(record.getAuthor()) + ", " + Formats.dateTime(record.getCreatedAt(), getLocale(), zone);
    }

    private static Component list(List<String> lines) {
        Div div = new Div();
        lines.forEach(line -> div.add(new Paragraph(line)));
        return div;
    }

    private Details section(String titleKey, boolean open, Component content) {
        Details details = new Details(new Span(getTranslation(titleKey)), content);
        details.setOpened(open);
        details.setWidthFull();
        return details;
    }
}
