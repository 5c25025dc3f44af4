package id.serasi.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own texts in the user's language (Vaadin ships them in English only). */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static void apply(Upload upload) {
        String add = upload.getTranslation("upload.add");
        String drop = upload.getTranslation("upload.drop");
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.tooMany"))
                .setFileIsTooBig(upload.getTranslation("upload.tooLarge"))
                .setIncorrectFileType(upload.getTranslation("upload.wrongType")));
        upload.setI18n(i18n);
    }
}
