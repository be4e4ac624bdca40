package org.healthedu.activity;

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

/** A photo or scanned sign-in sheet kept with an activity. */
@Entity
@Table(name = "activity_evidence")
public class ActivityEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_evidence_seq")
    @SequenceGenerator(name = "activity_evidence_seq", sequenceName = "activity_evidence_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false, updatable = false)
    private Activity activity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id", nullable = false, updatable = false)
    private StoredFile file;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected ActivityEvidence() {
    }

    ActivityEvidence(Activity activity, StoredFile file) {
        this.activity = activity;
        this.file = file;
    }

    public StoredFile file() {
        return file;
    }
}
