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
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.Site;
import org.healthedu.organisation.UnitPath;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Tracked;

/**
 * A target's share given to a lower unit or to a site (目标分解). Allocations form a tree per target: a top-level one
 * sits directly under the project's owning unit, a child one under a unit allocation and strictly below its unit. A
 * site's share is a leaf. Placement is checked here; the sums (children never exceeding their parent) need the
 * siblings and are checked by {@link TargetService} with {@link Breakdown}.
 */
@Entity
@Table(name = "target_allocation")
public class TargetAllocation extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_allocation_seq")
    @SequenceGenerator(name = "target_allocation_seq", sequenceName = "target_allocation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false)
    private Target target;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private OrganisationUnit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    private Site site;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_allocation_id")
    private TargetAllocation parent;

    @Column(nullable = false)
    private long value;

    protected TargetAllocation() {
    }

    /**
     * A share of {@code target} for exactly one of {@code unit} and {@code site}, under {@code parent} (null: directly
     * under the owning unit). The unit or site must lie in the owning unit's subtree and below the parent's unit.
     */
    public TargetAllocation(Target target, TargetAllocation parent, OrganisationUnit unit, Site site, Long value) {
        target.project().requireOpen();
        if ((unit == null) == (site == null)) {
            throw DomainException.invalid("unitId", "allocation.unitOrSite");
        }
        long checkedValue = Breakdown.checkedValue("value", value);
        if (parent != null) {
            if (parent.target() != target
                    && (parent.target().id() == null || !parent.target().id().equals(target.id()))) {
                throw DomainException.notFound("allocation.notFound", parent.id());
            }
            if (parent.isSite()) {
                throw DomainException.invalid("parentAllocationId", "allocation.siteHasNoChildren");
            }
        }
        String field = unit != null ? "unitId" : "siteId";
        String path = unit != null ? unit.path() : site.unit().path();
        if (!UnitPath.isWithin(path, target.project().owner().path())) {
            throw DomainException.invalid(field, "allocation.outOfScope");
        }
        String parentPath = parent == null ? target.project().owner().path() : parent.unit().path();
        boolean below = unit != null ? UnitPath.isWithin(path, parentPath) && !path.equals(parentPath)
                : UnitPath.isWithin(path, parentPath);
        if (!below) {
            throw DomainException.invalid(field, "allocation.notBelowParent");
        }
        this.target = target;
        this.parent = parent;
        this.unit = unit;
        this.site = site;
        this.value = checkedValue;
    }

    /** A new value; the caller has checked it against the parent and the children. */
    public void revalue(Long newValue) {
        target.project().requireOpen();
        this.value = Breakdown.checkedValue("value", newValue);
    }

    public boolean isSite() {
        return site != null;
    }

    public Long id() {
        return id;
    }

    public Target target() {
        return target;
    }

    public TargetAllocation parent() {
        return parent;
    }

    public OrganisationUnit unit() {
        return unit;
    }

    public Site site() {
        return site;
    }

    public long value() {
        return value;
    }
}
