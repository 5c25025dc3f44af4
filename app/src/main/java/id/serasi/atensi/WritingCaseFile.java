package id.serasi.atensi;

import id.serasi.audit.AuditTrail;
import id.serasi.common.FieldProblem;
import id.serasi.common.Problems;
import id.serasi.document.DocumentStore;
import id.serasi.document.DocumentType;
import id.serasi.document.UploadLimit;
import id.serasi.security.Staff;
import id.serasi.security.StaffDirectory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Notes (naming colleagues of the unit as @username) and documents added to a case file by its unit's staff. */
@Component
public class WritingCaseFile {

    private final CaseRepository cases;
    private final CaseRecords records;
    private final DocumentStore store;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final UploadLimit limit;
    private final StaffDirectory directory;
    private final JdbcTemplate jdbc;

    WritingCaseFile(CaseRepository cases, CaseRecords records, DocumentStore store, AuditTrail audit,
                    TransactionTemplate transaction, UploadLimit limit,
                    StaffDirectory directory, JdbcTemplate jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.cases = cases;
        this.records = records;
        this.store = store;
        this.audit = audit;
        this.transaction = transaction;
        this.limit = limit;
    }

    public UploadLimit limit() {
        return limit;
    }

    public CaseChange note(String caseNumber, String text, Staff staff) {
        List<FieldProblem> problems = new Problems().text("text", text, AtensiLimits.CASE_TEXT).list();
        if (!problems.isEmpty()) {
            return new CaseChange.Invalid(problems);
        }
        return transaction.execute(status -> caseOf(caseNumber, staff).<CaseChange>map(c -> {
            Set<String> mentioned = Mentions.in(text);
            List<String> strangers = mentioned.stream()
                    .filter(u -> directory.find(u).filter(s -> s.belongsTo(c.getUnitCode())).isEmpty()).toList();
            if (!strangers.isEmpty()) {
                return new CaseChange.Invalid(List.of(new FieldProblem("text", "note.mention.unknown")));
            }
            CaseNote note = records.note(c, staff.username(), Instant.now(), text.trim());
            mentioned.forEach(u -> jdbc.update("insert into note_mention (note_id, username) values (?, ?)", note.getId(), u));
            audit.record(staff.username(), "NOTE_ADDED", AuditTrail.ATENSI_CASE, caseNumber,
                    mentioned.isEmpty() ? null : "@" + String.join(" @", mentioned));
            return new CaseChange.Done(caseNumber);
        }).orElse(new CaseChange.NotAllowed("case.notFound.short")));
    }

    /** Stores a PDF, JPEG or PNG (by content) of at most the configured size; the file name is kept for display. */
    public CaseChange attach(String caseNumber, String fileName, byte[] content, Staff staff) {
        if (content.length == 0) {
            return new CaseChange.Invalid(List.of(new FieldProblem("file", "upload.empty")));
        }
        if (content.length > limit.maxFileBytes()) {
            return new CaseChange.Invalid(List.of(new FieldProblem("file", "upload.tooLarge")));
        }
        Optional<DocumentType> type = DocumentType.of(content);
        if (type.isEmpty()) {
            return new CaseChange.Invalid(List.of(new FieldProblem("file", "upload.wrongType")));
        }
        if (caseOf(caseNumber, staff).isEmpty()) {
            return new CaseChange.NotAllowed("case.notFound.short");
        }
        DocumentStore.Stored stored = store.write(content);
        try {
            return transaction.execute(status -> {
                AtensiCase c = caseOf(caseNumber, staff).orElseThrow();
                records.attachments.save(new Attachment(c.getId(), staff.username(), Instant.now(), displayName(fileName),
                        type.get().contentType(), content.length, stored.sha256(), stored.key()));
                audit.record(staff.username(), "DOCUMENT_ADDED", AuditTrail.ATENSI_CASE, caseNumber, displayName(fileName));
                return new CaseChange.Done(caseNumber);
            });
        } catch (RuntimeException e) {
            store.delete(stored.key());
            throw e;
        }
    }

    private Optional<AtensiCase> caseOf(String caseNumber, Staff staff) {
        return cases.findByCaseNumber(caseNumber).filter(c -> staff.worksCasesOf(c.getUnitCode()));
    }

    private static String displayName(String fileName) {
        String name = fileName == null ? "dokumen" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").trim();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
