package org.healthedu.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One narrative section of a report; each section has its own version so two people can write different ones. */
@Entity
@Table(name = "report_section")
@IdClass(ReportSection.Key.class)
public class ReportSection {

    /** Characters, as the database counts them. */
    public static final int BODY_MAX = 20000;

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private SectionKind kind;

    @Column(nullable = false)
    private String body = "";

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected ReportSection() {
    }

    ReportSection(long reportId, SectionKind kind) {
        this.reportId = reportId;
        this.kind = kind;
    }

    void write(String text, long actor) {
        body = text;
        updatedBy = actor;
        updatedAt = Instant.now();
    }

    public SectionKind kind() {
        return kind;
    }

    public String body() {
        return body;
    }

    public long version() {
        return version;
    }

    /** The composite key (report, kind). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long reportId;
        private SectionKind kind;

        public Key() {
        }

        public Key(Long reportId, SectionKind kind) {
            this.reportId = reportId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(reportId, k.reportId) && kind == k.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportId, kind);
        }
    }
}
