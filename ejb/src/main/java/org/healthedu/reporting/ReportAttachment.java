package org.healthedu.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.healthedu.file.StoredFile;

/** A photo, document or archive list attached to a report, kept as a stored file. */
@Entity
@Table(name = "report_attachment")
public class ReportAttachment {

    public static final int CAPTION_MAX = 200;

    /** What an attachment is; each kind accepts its own file types. */
    public enum Kind { PHOTO, DOCUMENT, ARCHIVE_LIST }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_attachment_seq")
    @SequenceGenerator(name = "report_attachment_seq", sequenceName = "report_attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id", nullable = false, updatable = false)
    private StoredFile file;

    @Column(nullable = false, length = 12, updatable = false)
    private String kind;

    @Column(length = CAPTION_MAX)
    private String caption;

    @Column(name = "added_by", nullable = false, updatable = false)
    private Long addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt = Instant.now();

    protected ReportAttachment() {
    }

    ReportAttachment(long reportId, StoredFile file, Kind kind, String caption, long addedBy) {
        this.reportId = reportId;
        this.file = file;
        this.kind = kind.name();
        this.caption = caption;
        this.addedBy = addedBy;
    }

    public Long id() {
        return id;
    }

    public Long reportId() {
        return reportId;
    }

    public StoredFile file() {
        return file;
    }
}
