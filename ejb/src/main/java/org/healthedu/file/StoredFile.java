package org.healthedu.file;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An uploaded file's metadata; its bytes are in {@code stored_file_content}, read only when downloaded. Once the bytes
 * are removed for privacy ({@link FileStore#removeContent}) the row stays with when and why.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_file_seq")
    @SequenceGenerator(name = "stored_file_seq", sequenceName = "stored_file_seq", allocationSize = 50)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    /** When the bytes were removed for privacy (the row stays, with why); null while they are kept. */
    @Column(name = "content_removed_at", insertable = false, updatable = false)
    private Instant contentRemovedAt;

    @Column(name = "content_removed_reason", insertable = false, updatable = false)
    private String contentRemovedReason;

    protected StoredFile() {
    }

    StoredFile(String fileName, FileType type, long sizeBytes, String sha256, Long createdBy) {
        this.fileName = fileName;
        this.contentType = type.contentType();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.createdBy = createdBy;
    }

    public long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant contentRemovedAt() {
        return contentRemovedAt;
    }

    public String contentRemovedReason() {
        return contentRemovedReason;
    }

    public StoredFileView view() {
        return new StoredFileView(id, fileName, contentType, sizeBytes, sha256, createdAt, contentRemovedAt,
                contentRemovedReason);
    }
}
