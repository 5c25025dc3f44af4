package id.serasi.document;

import java.util.Arrays;
import java.util.Optional;

/** The document types a case file takes, recognised by their first bytes, never by the file name. */
public enum DocumentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String contentType;
    private final byte[] signature;

    DocumentType(String contentType, byte[] signature) {
        this.contentType = contentType;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<DocumentType> of(byte[] content) {
        return Arrays.stream(values()).filter(t -> content.length >= t.signature.length
                && Arrays.equals(Arrays.copyOf(content, t.signature.length), t.signature)).findFirst();
    }
}
