package id.serasi.atensi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document of the case file. The bytes live outside the database under {@link #getStorageKey()}. */
@Entity
@Table(name = "attachment")
public class Attachment extends CaseRecord {

    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Column(name = "storage_key")
    private String storageKey;

    protected Attachment() {
    }

    public Attachment(Long caseId, String author, Instant createdAt, String fileName, String contentType,
                      long sizeBytes, String sha256, String storageKey) {
        super(caseId, author, createdAt);
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }
}
