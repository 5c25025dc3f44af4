package id.serasi.whistleblowing;

import id.serasi.document.DocumentType;

/**
 * An evidence file as {@link EvidenceIntake#accept} left it: its type read from its content and cleaned down to what
 * it shows, once. It has no name: the one the sender's device gave it ("Budi Santoso - laporan.pdf") can name the
 * sender, so it is dropped on arrival and the file is stored as {@code bukti-<n>.<type>}.
 */
public final class EvidenceFile {

    private final DocumentType type;
    private final byte[] content;

    EvidenceFile(DocumentType type, byte[] content) {
        this.type = type;
        this.content = content;
    }

    public DocumentType type() {
        return type;
    }

    public int sizeBytes() {
        return content.length;
    }

    byte[] content() {
        return content;
    }
}
