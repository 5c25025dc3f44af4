package id.serasi.ui;

import com.vaadin.flow.component.upload.Upload;
import id.serasi.document.UploadLimit;

/**
 * What every upload in Serasi does alike: the one size limit, the accepted types, and a refused file shown as
 * refused, with its reason, never with the tick of an accepted one.
 */
public final class Uploads {

    private Uploads() {
    }

    public static void configure(Upload upload, UploadLimit limit) {
        UploadTexts.apply(upload, limit);
        upload.setMaxFileSize(limit.maxFileBytesAsInt());
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf", ".jpg", ".jpeg", ".png", ".pdf");
        // The browser says why it refused (too large, wrong type, too many) in the texts set above: one text for
        // every reason told a reporter that a wrong-type file was too large.
        upload.addFileRejectedListener(e -> Notices.error(
                e.getFileName() == null ? e.getErrorMessage() : e.getFileName() + ": " + e.getErrorMessage()));
    }

    /**
     * The server refused a file the browser sent: says why, and marks it failed in the list with that reason. The
     * browser ticks a file once it is sent; left so, a refused file would look accepted.
     */
    public static void refuse(Upload upload, String fileName, String messageKey, UploadLimit limit) {
        String reason = UploadTexts.refusal(upload, messageKey, limit);
        Notices.error(fileName + ": " + reason);
        upload.getElement().executeJs("this.files = this.files.map(f => f.name === $0 && !f.uploading"
                + " ? Object.assign(f, {complete: false, error: $1, status: ''}) : f)", fileName, reason);
    }
}
