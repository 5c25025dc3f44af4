package id.serasi.atensi;

import id.serasi.atensi.workflow.ProcessHistory;
import id.serasi.audit.AuditTrail;
import id.serasi.document.DocumentStore;
import id.serasi.document.Thumbnail;
import id.serasi.security.Staff;
import id.serasi.tasks.TaskInfo;
import id.serasi.tasks.workflow.TaskEngine;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case file, or lists cases, for staff of the case's unit; anyone else gets nothing. Opening a file and
 * reading a document are written to the audit trail; drawing an opened file again after a change is not a new read.
 */
@Component
public class ReadingCase {

    private final CaseRepository cases;
    private final CaseRecords records;
    private final AuditTrail audit;
    private final TaskEngine engine;
    private final DocumentStore store;
    private final ProcessHistory processHistory;

    ReadingCase(CaseRepository cases, CaseRecords records, AuditTrail audit, TaskEngine engine, DocumentStore store,
                ProcessHistory processHistory) {
        this.processHistory = processHistory;
        this.cases = cases;
        this.records = records;
        this.audit = audit;
        this.engine = engine;
        this.store = store;
    }

    /** One opening of the file by a member of staff: one audit line, whatever is drawn afterwards. */
    @Transactional
    public Optional<CaseFile> open(String caseNumber, Staff staff) {
        return cases.findByCaseNumber(caseNumber).flatMap(c -> {
            if (staff.worksCasesOf(c.getUnitCode())) {
                audit.record(staff.username(), "CASE_OPENED", AuditTrail.ATENSI_CASE, c.getCaseNumber(), null);
            }
            return fileOf(c, staff);
        });
    }

    /** The file the staff member has open, read again after they changed it: its opening was already audited. */
    @Transactional(readOnly = true)
    public Optional<CaseFile> reread(String caseNumber, Staff staff) {
        return cases.findByCaseNumber(caseNumber).flatMap(c -> fileOf(c, staff));
    }

    /** The whole file of a case, for staff of its unit; anyone else gets nothing. */
    private Optional<CaseFile> fileOf(AtensiCase atensiCase, Staff staff) {
        return Optional.of(atensiCase).filter(c -> staff.worksCasesOf(c.getUnitCode())).map(c -> {
            Long id = c.getId();
            return new CaseFile(c, records.assessments.findByCaseIdOrderByCreatedAtAscIdAsc(id),
                    records.plans.findByCaseIdOrderByRevisionAsc(id),
                    records.decisions.findByCaseIdOrderByCreatedAtAscIdAsc(id),
                    records.conferences.findByCaseIdOrderByCreatedAtAscIdAsc(id),
                    records.deliveries.findByCaseIdOrderByCreatedAtAscIdAsc(id),
                    records.progressReports.findByCaseIdOrderByCreatedAtAscIdAsc(id),
                    records.evaluations.findByCaseIdOrderByCreatedAtAscIdAsc(id),
                    records.terminations.findByCaseIdOrderByCreatedAtAscIdAsc(id),
                    records.surveys.findByCaseIdOrderByCreatedAtAscIdAsc(id),
                    records.visits.findByCaseIdOrderByCreatedAtAscIdAsc(id),
                    records.notes.findByCaseIdOrderByCreatedAtAscIdAsc(id),
                    records.attachments.findByCaseIdOrderByCreatedAtAscIdAsc(id),
                    records.escalations.findByCaseIdOrderByEscalatedAtAsc(id),
                    audit.of(AuditTrail.ATENSI_CASE, c.getCaseNumber()),
                    openTasksOf(c),
                    cases.findByFamilyCard(c.getBeneficiary().getKk()).stream()
                            .filter(other -> !other.getId().equals(id) && staff.worksCasesOf(other.getUnitCode())).toList(),
                    c.getProcessInstanceId() == null ? List.of() : processHistory.of(c.getProcessInstanceId()));
        });
    }

    /** Where a case stands: the case itself and its open tasks, without the rest of its file. */
    public record Standing(AtensiCase atensiCase, List<TaskInfo> openTasks) {
    }

    /** The next step of a case, for staff of its unit: what the demo walk (and bench/) needs, in two queries. */
    @Transactional(readOnly = true)
    public Optional<Standing> standing(String caseNumber, Staff staff) {
        return cases.findByCaseNumber(caseNumber).filter(c -> staff.worksCasesOf(c.getUnitCode()))
                .map(c -> new Standing(c, openTasksOf(c)));
    }

    private List<TaskInfo> openTasksOf(AtensiCase c) {
        return c.getProcessInstanceId() == null || !c.isOpen() ? List.of() : engine.openTasksOf(c.getProcessInstanceId());
    }

    /** A missed deadline not yet dealt with, for the supervisors of the case's unit. */
    public record OpenEscalation(String caseNumber, String beneficiary, String unitCode, String taskName,
                                 java.time.Instant dueAt, java.time.Instant escalatedAt) {
    }

    @Transactional(readOnly = true)
    public List<OpenEscalation> openEscalations(Staff staff) {
        return records.escalations.findByUnitCodeInAndResolvedFalseOrderByEscalatedAtDesc(staff.caseUnits()).stream()
                .flatMap(e -> cases.findById(e.getCaseId()).filter(AtensiCase::isOpen).stream()
                        .map(c -> new OpenEscalation(c.getCaseNumber(), c.getBeneficiary().getFullName(), e.getUnitCode(),
                                e.getTaskName(), e.getDueAt(), e.getEscalatedAt())))
                .toList();
    }

    /** The case's process drawn as it stands, for staff of its unit. */
    @Transactional(readOnly = true)
    public Optional<ProcessDiagram> diagram(String caseNumber, Staff staff) {
        return cases.findByCaseNumber(caseNumber)
                .filter(c -> staff.worksCasesOf(c.getUnitCode()) && c.getProcessInstanceId() != null)
                .map(c -> processHistory.diagram(c.getProcessInstanceId()));
    }

    /** A document's bytes for staff of the case's unit, if the file is still what was stored; each read is audited. */
    @Transactional
    public Optional<byte[]> document(Long attachmentId, Staff staff) {
        return readable(attachmentId, staff).flatMap(found -> store.read(found.attachment().getStorageKey(),
                found.attachment().getSha256()).map(bytes -> {
                    audit.record(staff.username(), "DOCUMENT_READ", AuditTrail.ATENSI_CASE, found.caseNumber(),
                            found.attachment().getFileName());
                    return bytes;
                }));
    }

    /**
     * A picture shown small inside the opened case file, which is drawn anew after each change: covered by the file's
     * own audited opening, so not a line per drawing. A JPEG thumbnail drawn here ({@link Thumbnail}), never the
     * stored picture, which is read through {@link #document} only; pictures only.
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> preview(Long attachmentId, Staff staff) {
        return readable(attachmentId, staff).map(Readable::attachment).filter(a -> a.getContentType().startsWith("image/"))
                .flatMap(a -> store.read(a.getStorageKey(), a.getSha256())).flatMap(Thumbnail::of);
    }

    private record Readable(Attachment attachment, String caseNumber) {
    }

    private Optional<Readable> readable(Long attachmentId, Staff staff) {
        return records.attachments.findById(attachmentId).flatMap(a -> cases.findById(a.getCaseId())
                .filter(c -> staff.worksCasesOf(c.getUnitCode())).map(c -> new Readable(a, c.getCaseNumber())));
    }

    /**
     * A task opened to work on: its case's file is shown with it, so this is an audited opening of that file, with the
     * task named.
     */
    @Transactional
    public Optional<TaskContext> openTask(String taskId, Staff staff) {
        Optional<TaskContext> found = task(taskId, staff);
        found.ifPresent(context -> audit.record(staff.username(), "CASE_OPENED", AuditTrail.ATENSI_CASE,
                context.file().atensiCase().getCaseNumber(), "task: " + context.task().name()));
        return found;
    }

    /**
     * A task to work on, for the staff member holding it or one of the groups it is offered to; not audited, so for
     * drawing a task the user has open ({@link #openTask}) again after their own action.
     */
    @Transactional(readOnly = true)
    public Optional<TaskContext> task(String taskId, Staff staff) {
        return engine.findOffered(taskId, staff.candidateGroups())
                .filter(found -> staff.username().equals(found.task().assignee()) || found.toGroups())
                .map(TaskEngine.Offered::task)
                .flatMap(t -> cases.findOfTask(t)
                        .flatMap(c -> fileOf(c, staff))
                        .map(file -> new TaskContext(t, file, serviceFormOf(t))));
    }

    private ServiceForm serviceFormOf(TaskInfo task) {
        Object form = engine.variable(task.id(), TaskEffects.SERVICE_FORM);
        return form == null ? null : ServiceForm.valueOf(form.toString());
    }

    /** The cases of the staff member's units, newest first. */
    @Transactional(readOnly = true)
    public Page<AtensiCase> ofMyUnits(Staff staff, Stage stage, int page, int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "openedAt"));
        if (staff.caseUnits().isEmpty()) {
            return Page.empty(request);
        }
        return stage == null ? cases.findByUnitCodeIn(staff.caseUnits(), request)
                : cases.findByUnitCodeInAndStage(staff.caseUnits(), stage, request);
    }
}
