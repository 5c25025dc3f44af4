package id.serasi.whistleblowing;

import id.serasi.common.FieldProblem;
import id.serasi.document.DocumentCleaner;
import id.serasi.document.DocumentStore;
import id.serasi.document.UploadLimit;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Evidence files on their way in: each cleaned once as it arrives (JPEG, PNG or PDF by content, at most
 * {@link UploadLimit} bytes, down to what it shows), at most {@code max-files} per submission, then stored under a
 * neutral name numbered per report ({@code bukti-1.pdf}, {@code bukti-2.jpg}) and recorded against the report.
 */
@Component
public class EvidenceIntake {

    static final String NAME_PREFIX = "bukti-";

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

    /** One file as it arrives: the cleaned file to submit, or why it is refused. */
    public sealed interface Arrival {
        record Accepted(EvidenceFile file) implements Arrival {
        }

        record Refused(String messageKey) implements Arrival {
        }
    }

    /** Cleans a file as soon as it arrives, so the form can say at once what is wrong with it; its name is not asked. */
    public Arrival accept(byte[] content) {
        DocumentCleaner.Result result = DocumentCleaner.clean(content, limit.maxFileBytes());
        if (result instanceof DocumentCleaner.Result.Cleaned cleaned) {
            return new Arrival.Accepted(new EvidenceFile(cleaned.type(), cleaned.content()));
        }
        return new Arrival.Refused(((DocumentCleaner.Result.Refused) result).messageKey());
    }

    /** What to fix in a submission of files already accepted (on the field {@code evidence}). */
    List<FieldProblem> problems(List<EvidenceFile> files) {
        return files.size() > maxFiles ? List.of(new FieldProblem("evidence", "upload.tooMany")) : List.of();
    }

    /** Stores the files after the report's earlier ones, numbered on from them; call inside the transaction. */
    void store(long reportId, List<EvidenceFile> files, boolean fromReporter, String addedBy, Instant now) {
        int number = records.evidenceCountLocked(reportId);
        for (EvidenceFile file : files) {
            number++;
            DocumentStore.Stored stored = store.write(file.content());
            records.addEvidence(reportId, new ReportRecords.Evidence(0, neutralName(number, file),
                    file.type().contentType(), file.sizeBytes(), stored.key(), stored.sha256(), fromReporter,
                    addedBy, now));
        }
    }

    /** The evidence bytes, if they are still what was stored. */
    Optional<byte[]> read(ReportRecords.Evidence evidence) {
        return store.read(evidence.documentKey(), evidence.sha256());
    }

    static String neutralName(int number, EvidenceFile file) {
        return NAME_PREFIX + number + "." + file.type().extension();
    }
}
