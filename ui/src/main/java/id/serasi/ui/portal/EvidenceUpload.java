package id.serasi.ui.portal;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import id.serasi.document.DocumentCleaner;
import id.serasi.ui.Notices;
import id.serasi.ui.UploadTexts;
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
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            EvidenceFile file = new EvidenceFile(metadata.fileName(), bytes);
            if (intake.check(file) instanceof DocumentCleaner.Result.Refused refused) {
                Notices.error(metadata.fileName() + ": " + getTranslation(refused.messageKey()));
                getElement().executeJs("this.querySelector('vaadin-upload').files = this.querySelector('vaadin-upload')"
                        + ".files.filter(f => f.name !== $0 || f.complete !== true)", metadata.fileName());
            } else {
                accepted.add(file);
            }
        }));
        upload.setId("field-evidence");
        UploadTexts.apply(upload);
        upload.setMaxFiles(intake.maxFiles());
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, intake.maxBytes()));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf", ".jpg", ".jpeg", ".png", ".pdf");
        upload.addFileRejectedListener(e -> Notices.error(getTranslation("upload.tooLarge")));
        upload.addFileRemovedListener(e -> accepted.removeIf(f -> f.fileName().equals(e.getFileName())));
        Paragraph help = new Paragraph(getTranslation("form.evidence.helper", intake.maxFiles(),
                intake.maxBytes() / (1024 * 1024)));
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
