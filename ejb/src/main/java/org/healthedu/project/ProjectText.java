package org.healthedu.project;

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

/** One version of a project's text. Versions are never replaced or removed: a new upload is the next version. */
@Entity
@Table(name = "project_text")
public class ProjectText {

    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_text_seq")
    @SequenceGenerator(name = "project_text_seq", sequenceName = "project_text_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id", nullable = false, updatable = false)
    private StoredFile file;

    @Column(name = "note", length = NOTE_MAX, updatable = false)
    private String note;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt = Instant.now();

    protected ProjectText() {
    }

    ProjectText(Project project, int versionNo, StoredFile file, String note, long uploadedBy) {
        this.project = project;
        this.versionNo = versionNo;
        this.file = file;
        this.note = note;
        this.uploadedBy = uploadedBy;
    }

    public long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public StoredFile file() {
        return file;
    }
}
