package id.serasi.document;

import java.util.Arrays;
import java.util.Optional;

/** The document types a case file takes, recognised by their first bytes, never by the file name. */
public enum DocumentType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String contentType;
    private final String extension;
    private final byte[] signature;

    DocumentType(String contentType, String extension, byte[] signature) {
        this.contentType = contentType;
        this.extension = extension;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    /** The file name extension for this type, whatever the uploaded file's name said. */
    public String extension() {
        return extension;
    }

    public static Optional<DocumentType> of(byte[] content) {
        return Arrays.stream(values()).filter(t -> content.length >= t.signature.length
                && Arrays.equals(Arrays.copyOf(content, t.signature.length), t.signature)).findFirst();
    }
}
