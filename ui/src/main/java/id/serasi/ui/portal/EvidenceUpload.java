package id.serasi.ui.portal;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import id.serasi.ui.Uploads;
import id.serasi.whistleblowing.EvidenceFile;
import id.serasi.whistleblowing.EvidenceIntake;
import java.util.ArrayList;
import java.util.List;

/**
 * Evidence files, cleaned as soon as each arrives: a file that is not a JPEG, PNG or PDF by its content (whatever
 * its name), too large or damaged is refused at once with its name and what to do. What is kept is the cleaned
 * file only; the name the sender's device gave it stays in this form (to remove it from the list) and goes no
 * further: the report stores it as {@code bukti-1.pdf}.
 */
public class EvidenceUpload extends VerticalLayout {

    /** A file as this form lists it: the browser's name, only to match a removal. */
    private record Listed(String shownName, EvidenceFile file) {
    }

    private final List<Listed> accepted = new ArrayList<>();
    private final Upload upload;

    public EvidenceUpload(EvidenceIntake intake) {
        setPadding(false);
        setSpacing(false);
        upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            EvidenceIntake.Arrival arrival = intake.accept(bytes);
            if (arrival instanceof EvidenceIntake.Arrival.Accepted ok) {
                accepted.add(new Listed(metadata.fileName(), ok.file()));
            } else {
                Uploads.refuse(upload, metadata.fileName(), ((EvidenceIntake.Arrival.Refused) arrival).messageKey(),
                        intake.limit());
            }
        }));
        upload.setId("field-evidence");
        Uploads.configure(upload, intake.limit());
        upload.setMaxFiles(intake.maxFiles());
        upload.addFileRemovedListener(e -> accepted.removeIf(f -> f.shownName().equals(e.getFileName())));
        Paragraph help = new Paragraph(getTranslation("form.evidence.helper", intake.maxFiles(),
                intake.limit().megabytes()));
        help.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
        add(new Paragraph(getTranslation("form.evidence")), upload, help);
    }

    public List<EvidenceFile> files() {
        return accepted.stream().map(Listed::file).toList();
    }

    public void clear() {
        accepted.clear();
        upload.clearFileList();
    }
}
