package id.serasi.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import id.serasi.document.UploadLimit;

/** The upload component's own texts in the user's language (Vaadin ships them in English only). */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static void apply(Upload upload, UploadLimit limit) {
        String add = upload.getTranslation("upload.add");
        String drop = upload.getTranslation("upload.drop");
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.tooMany"))
                .setFileIsTooBig(refusal(upload, "upload.tooLarge", limit))
                .setIncorrectFileType(upload.getTranslation("upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                .setServerUnavailable(upload.getTranslation("upload.offline"))
                .setUnexpectedServerError(upload.getTranslation("upload.failed"))
                .setForbidden(upload.getTranslation("upload.refused"))));
        upload.setI18n(i18n);
    }

    /** Why a file was refused; a file too large is told the limit, which only the view knows. */
    public static String refusal(Upload upload, String messageKey, UploadLimit limit) {
        return "upload.tooLarge".equals(messageKey)
                ? upload.getTranslation("upload.tooLargeLimit", limit.megabytes())
                : upload.getTranslation(messageKey);
    }
}
