package org.healthedu.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The figures frozen at a submission, as the JSON of {@link ReportFigures}. Read only: rows are written once by a
 * native insert (the column is jsonb) and the database refuses any change or removal.
 */
@Entity
@Table(name = "report_snapshot")
public class ReportSnapshot {

    @Id
    private Long id;

    @Column(name = "report_id", insertable = false, updatable = false)
    private Long reportId;

    @Column(name = "taken_at", insertable = false, updatable = false)
    private Instant takenAt;

    @Column(name = "taken_by", insertable = false, updatable = false)
    private Long takenBy;

    @Column(insertable = false, updatable = false)
    private String figures;

    protected ReportSnapshot() {
    }

    public Long id() {
        return id;
    }

    public Instant takenAt() {
        return takenAt;
    }

    public String figures() {
        return figures;
    }
}
