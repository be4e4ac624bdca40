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
import jakarta.persistence.Version;
import java.time.Instant;
import org.healthedu.organisation.UnitCode;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;

/**
 * A counted outcome (指标), with its unit of count, in both languages. The standard ones are shipped with the product
 * (no project, created by the migration); a project may define its own, usable only by that project.
 */
@Entity
@Table(name = "indicator")
public class Indicator {

    public static final int NAME_MAX = 200;
    public static final int UNIT_ZH_MAX = 20;
    public static final int UNIT_EN_MAX = 40;
    public static final int DESCRIPTION_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_seq")
    @SequenceGenerator(name = "indicator_seq", sequenceName = "indicator_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = NAME_MAX)
    private String nameZh;

    @Column(name = "name_en", length = NAME_MAX)
    private String nameEn;

    @Column(name = "unit_zh", nullable = false, length = UNIT_ZH_MAX)
    private String unitZh;

    @Column(name = "unit_en", length = UNIT_EN_MAX)
    private String unitEn;

    @Column(name = "description_zh", length = DESCRIPTION_MAX)
    private String descriptionZh;

    @Column(name = "description_en", length = DESCRIPTION_MAX)
    private String descriptionEn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    /** The computed figure achievement is counted from (a reporting measure's name); null: not computed. */
    @Column(length = 40)
    private String measure;

    /** People reached through peer educators count toward it too. */
    @Column(name = "counts_peer_reach", nullable = false)
    private boolean countsPeerReach;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected Indicator() {
    }

    /** A project's own indicator, every field checked before any is kept; a closed project takes no new one. */
    public Indicator(Project project, IndicatorDraft draft) {
        project.requireOpen();
        String checkedCode = UnitCode.normalise(draft.code());
        String checkedNameZh = Text.required("nameZh", draft.nameZh(), NAME_MAX);
        String checkedNameEn = Text.optional("nameEn", draft.nameEn(), NAME_MAX);
        String checkedUnitZh = Text.required("unitZh", draft.unitZh(), UNIT_ZH_MAX);
        String checkedUnitEn = Text.optional("unitEn", draft.unitEn(), UNIT_EN_MAX);
        String checkedDescriptionZh = Text.multiline("descriptionZh", draft.descriptionZh(), DESCRIPTION_MAX);
        String checkedDescriptionEn = Text.multiline("descriptionEn", draft.descriptionEn(), DESCRIPTION_MAX);
        this.project = project;
        this.code = checkedCode;
        this.nameZh = checkedNameZh;
        this.nameEn = checkedNameEn;
        this.unitZh = checkedUnitZh;
        this.unitEn = checkedUnitEn;
        this.descriptionZh = checkedDescriptionZh;
        this.descriptionEn = checkedDescriptionEn;
        this.measure = draft.measure() == null || draft.measure().isBlank() ? null : draft.measure().trim();
        this.countsPeerReach = Boolean.TRUE.equals(draft.countsPeerReach());
        if (countsPeerReach && measure == null) {
            throw DomainException.invalid("countsPeerReach", "indicator.peerReach.needsMeasure");
        }
    }

    public String measure() {
        return measure;
    }

    /** Whether a project may set a target on this indicator: a standard one, or the project's own. */
    public boolean isUsableBy(Project other) {
        return project == null || project == other || (project.id() != null && project.id().equals(other.id()));
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Project project() {
        return project;
    }

    public boolean isStandard() {
        return project == null;
    }
}
