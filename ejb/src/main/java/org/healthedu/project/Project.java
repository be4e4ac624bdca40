package org.healthedu.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.UnitCode;
import org.healthedu.organisation.UnitPath;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;
import org.healthedu.shared.Tracked;

/**
 * A funded programme, carried out by its owning unit and funded by that unit or one above it (funds come from above).
 * Its rules are checked here; scope (who may create or change it) is checked by {@link ProjectService}. A closed
 * project is read-only.
 */
@Entity
@Table(name = "project")
public class Project extends Tracked {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    /** The budget column is numeric(14,2): at most twelve digits before the point. */
    public static final BigDecimal BUDGET_LIMIT = new BigDecimal("1000000000000");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = NAME_MAX)
    private String nameZh;

    @Column(name = "name_en", length = NAME_MAX)
    private String nameEn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "funder_unit_id", nullable = false)
    private OrganisationUnit funder;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_unit_id", nullable = false)
    private OrganisationUnit owner;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProjectStatus status = ProjectStatus.DRAFT;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "budget_cny", nullable = false, precision = 14, scale = 2)
    private BigDecimal budgetCny = BigDecimal.ZERO.setScale(2);

    protected Project() {
    }

    /** A new DRAFT project owned by {@code owner} and funded by {@code funder}, the draft's fields checked. */
    public Project(ProjectDraft draft, OrganisationUnit funder, OrganisationUnit owner) {
        if (owner == null) {
            throw DomainException.invalid("ownerUnitId", "error.required");
        }
        if (funder == null) {
            throw DomainException.invalid("funderUnitId", "error.required");
        }
        if (!owner.isActive()) {
            throw DomainException.invalid("ownerUnitId", "project.owner.inactive");
        }
        if (!funder.isActive()) {
            throw DomainException.invalid("funderUnitId", "project.funder.inactive");
        }
        if (!isWithin(owner, funder)) {
            throw DomainException.invalid("funderUnitId", "project.funder.notAbove");
        }
        this.funder = funder;
        this.owner = owner;
        apply(draft.code(), draft.nameZh(), draft.nameEn(), draft.startDate(), draft.endDate(), draft.description(),
                draft.budgetCny());
    }

    /** Replaces the project's own fields, each checked; a closed project refuses any change. */
    public void revise(ProjectChanges changes) {
        requireOpen();
        apply(changes.code(), changes.nameZh(), changes.nameEn(), changes.startDate(), changes.endDate(),
                changes.description(), changes.budgetCny());
    }

    public void activate() {
        status.checkTransitionTo(ProjectStatus.ACTIVE);
        status = ProjectStatus.ACTIVE;
    }

    public void close() {
        status.checkTransitionTo(ProjectStatus.CLOSED);
        status = ProjectStatus.CLOSED;
    }

    /**
     * Whether {@code unit} lies in the subtree of {@code ancestor}. Reads both paths through their accessors, never
     * as fields: a unit reached through a lazy association is a proxy whose own fields are empty.
     */
    static boolean isWithin(OrganisationUnit unit, OrganisationUnit ancestor) {
        return UnitPath.isWithin(unit.path(), ancestor.path());
    }

    /** Throws {@code project.closed} once the project is closed: its record is final. */
    public void requireOpen() {
        if (status == ProjectStatus.CLOSED) {
            throw DomainException.conflict(null, "project.closed");
        }
    }

    /** Checks every field before assigning any, so a refused change leaves the project as it was. */
    private void apply(String newCode, String newNameZh, String newNameEn, LocalDate newStart, LocalDate newEnd,
            String newDescription, BigDecimal newBudget) {
        String checkedCode = UnitCode.normalise(newCode);
        String checkedNameZh = Text.required("nameZh", newNameZh, NAME_MAX);
        String checkedNameEn = Text.optional("nameEn", newNameEn, NAME_MAX);
        if (newStart == null) {
            throw DomainException.invalid("startDate", "error.required");
        }
        if (newEnd == null) {
            throw DomainException.invalid("endDate", "error.required");
        }
        if (newEnd.isBefore(newStart)) {
            throw DomainException.invalid("period", "project.period.invalid");
        }
        BigDecimal checkedBudget = checkedBudget(newBudget);
        String checkedDescription = Text.multiline("description", newDescription, DESCRIPTION_MAX);
        this.code = checkedCode;
        this.nameZh = checkedNameZh;
        this.nameEn = checkedNameEn;
        this.startDate = newStart;
        this.endDate = newEnd;
        this.budgetCny = checkedBudget;
        this.description = checkedDescription;
    }

    /** An amount in yuan: none is zero; negative, finer than a fen (0.01) or beyond the column is refused. */
    static BigDecimal checkedBudget(BigDecimal budget) {
        if (budget == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (budget.signum() < 0 || budget.stripTrailingZeros().scale() > 2 || budget.compareTo(BUDGET_LIMIT) >= 0) {
            throw DomainException.invalid("budgetCny", "project.budget.invalid");
        }
        return budget.setScale(2);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public OrganisationUnit funder() {
        return funder;
    }

    public OrganisationUnit owner() {
        return owner;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public ProjectStatus status() {
        return status;
    }

    public String description() {
        return description;
    }

    public BigDecimal budgetCny() {
        return budgetCny;
    }
}
