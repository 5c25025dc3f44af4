package id.serasi.ui.portal;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import id.serasi.document.DocumentCleaner;
import id.serasi.ui.Uploads;
import id.serasi.whistleblowing.EvidenceFile;
import id.serasi.whistleblowing.EvidenceIntake;
import java.util.ArrayList;
import java.util.List;

/**
 * Evidence files, checked as soon as each arrives: a file that is not a JPEG, PNG or PDF by its content (whatever
 * its name), too large or damaged is refused at once with its name and what to do. The server checks again on
 * submission.
 */
public class EvidenceUpload extends VerticalLayout {

    private final List<EvidenceFile> accepted = new ArrayList<>();
    private final Upload upload;

    public EvidenceUpload(EvidenceIntake intake) {
        setPadding(false);
        setSpacing(false);
        upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            EvidenceFile file = new EvidenceFile(metadata.fileName(), bytes);
            if (intake.check(file) instanceof DocumentCleaner.Result.Refused refused) {
                Uploads.refuse(upload, metadata.fileName(), refused.messageKey(), intake.limit());
            } else {
                accepted.add(file);
            }
        }));
        upload.setId("field-evidence");
        Uploads.configure(upload, intake.limit());
        upload.setMaxFiles(intake.maxFiles());
        upload.addFileRemovedListener(e -> accepted.removeIf(f -> f.fileName().equals(e.getFileName())));
        Paragraph help = new Paragraph(getTranslation("form.evidence.helper", intake.maxFiles(),
                intake.limit().megabytes()));
        help.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
        add(new Paragraph(getTranslation("form.evidence")), upload, help);
    }

    public List<EvidenceFile> files() {
        return List.copyOf(accepted);
    }

    public void clear() {
        accepted.clear();
        upload.clearFileList();
    }
}
