package id.serasi.whistleblowing;

import id.serasi.common.FieldProblem;
import id.serasi.document.DocumentCleaner;
import id.serasi.document.DocumentStore;
import id.serasi.document.UploadLimit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Evidence files on their way in: at most {@code max-files} per submission and {@link UploadLimit} bytes each, JPEG,
 * PNG or PDF by content, cleaned down to what they show, then stored and recorded against the report.
 */
@Component
public class EvidenceIntake {

    private final DocumentStore store;
    private final ReportRecords records;
    private final UploadLimit limit;
    private final int maxFiles;

    EvidenceIntake(DocumentStore store, ReportRecords records, UploadLimit limit,
                   @Value("${serasi.portal.max-files:5}") int maxFiles) {
        this.store = store;
        this.records = records;
        this.limit = limit;
        this.maxFiles = maxFiles;
    }

    public UploadLimit limit() {
        return limit;
    }

    public int maxFiles() {
        return maxFiles;
    }

    /** Checks one file as soon as it arrives, so the form can say at once what is wrong with it. */
    public DocumentCleaner.Result check(EvidenceFile upload) {
        return DocumentCleaner.clean(upload.content(), limit.maxFileBytes());
    }

    /** Files checked and cleaned once: what to fix (on the field {@code evidence}), or what may be stored. */
    record Checked(List<FieldProblem> problems, List<Ready> files) {
    }

    /** A file with its cleaned content, under the name the sender gave it. */
    record Ready(String fileName, DocumentCleaner.Result.Cleaned cleaned) {
    }

    Checked check(List<EvidenceFile> uploads) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Ready> files = new ArrayList<>();
        if (uploads.size() > maxFiles) {
            problems.add(new FieldProblem("evidence", "upload.tooMany"));
        }
        for (EvidenceFile upload : uploads) {
            DocumentCleaner.Result result = check(upload);
            if (result instanceof DocumentCleaner.Result.Refused refused) {
                problems.add(new FieldProblem("evidence", refused.messageKey()));
                break;
            }
            files.add(new Ready(upload.fileName(), (DocumentCleaner.Result.Cleaned) result));
        }
        return new Checked(List.copyOf(problems), List.copyOf(files));
    }

    /** Stores the cleaned copies; call only when the check found no problems. */
    void store(long reportId, Checked checked, boolean fromReporter, String addedBy, Instant now) {
        for (Ready file : checked.files()) {
            byte[] content = file.cleaned().content();
            DocumentStore.Stored stored = store.write(content);
            records.addEvidence(reportId, new ReportRecords.Evidence(0, safeName(file.fileName()),
                    file.cleaned().type().contentType(), content.length, stored.key(), stored.sha256(), fromReporter,
                    addedBy, now));
        }
    }

    /** The evidence bytes, if they are still what was stored. */
    java.util.Optional<byte[]> read(ReportRecords.Evidence evidence) {
        return store.read(evidence.documentKey(), evidence.sha256());
    }

    private static String safeName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return base.isBlank() ? "berkas" : base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
