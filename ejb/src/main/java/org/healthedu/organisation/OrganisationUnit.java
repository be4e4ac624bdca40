package org.healthedu.organisation;

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
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;
import org.healthedu.shared.Tracked;

/** A node of the association hierarchy. Never hard-deleted once referenced: it is deactivated instead. */
@Entity
@Table(name = "organisation_unit")
public class OrganisationUnit extends Tracked {

    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_unit_seq")
    @SequenceGenerator(name = "organisation_unit_seq", sequenceName = "organisation_unit_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = NAME_MAX)
    private String nameZh;

    @Column(name = "name_en", length = NAME_MAX)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrganisationUnit parent;

    @Column(nullable = false, length = 1000)
    private String path;

    @Column(nullable = false)
    private int depth;

    @Column(nullable = false)
    private boolean active = true;

    protected OrganisationUnit() {
    }

    /** A new unit under {@code parent} (null only for a NATIONAL unit); its path is set by {@link #placeInTree()}. */
    public OrganisationUnit(String code, String nameZh, String nameEn, UnitKind kind, OrganisationUnit parent) {
        if (kind == null) {
            throw DomainException.invalid("kind", "error.required");
        }
        kind.checkPlacementUnder(parent == null ? null : parent.kind());
        if (parent != null && !parent.isActive()) {
            throw DomainException.invalid("parent", "unit.parent.inactive");
        }
        this.code = UnitCode.normalise(code);
        rename(nameZh, nameEn);
        this.kind = kind;
        this.parent = parent;
        this.path = "";
    }

    /** Sets path and depth from the parent; call once the id is assigned (at persist, with sequence ids). */
    public void placeInTree() {
        if (id == null) {
            throw new IllegalStateException("Unit must be persisted before it is placed in the tree");
        }
        this.path = UnitPath.of(parent == null ? null : parent.path(), id);
        this.depth = parent == null ? 0 : parent.depth() + 1;
    }

    public void rename(String nameZh, String nameEn) {
        this.nameZh = Text.required("nameZh", nameZh, NAME_MAX);
        this.nameEn = Text.optional("nameEn", nameEn, NAME_MAX);
    }

    public void changeCode(String newCode) {
        this.code = UnitCode.normalise(newCode);
    }

    /** Changes the kind; the caller has checked that the children still fit under it. */
    public void changeKind(UnitKind newKind) {
        if (newKind == null) {
            throw DomainException.invalid("kind", "error.required");
        }
        newKind.checkPlacementUnder(parent == null ? null : parent.kind());
        this.kind = newKind;
    }

    /**
     * Moves this unit under {@code newParent}: checks level and cycle rules, and sets this unit's own path. The
     * caller moves the descendants' paths with {@link #path()} before and after.
     */
    public void moveUnder(OrganisationUnit newParent) {
        if (newParent == null) {
            throw DomainException.invalid("parent", "error.required");
        }
        if (UnitPath.isWithin(newParent.path(), path)) {
            throw DomainException.invalid("parent", "unit.move.cycle");
        }
        kind.checkPlacementUnder(newParent.kind());
        if (!newParent.isActive()) {
            throw DomainException.invalid("parent", "unit.parent.inactive");
        }
        this.parent = newParent;
        this.path = UnitPath.of(newParent.path(), id);
        this.depth = newParent.depth() + 1;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        if (parent != null && !parent.isActive()) {
            throw DomainException.invalid("parent", "unit.parent.inactive");
        }
        this.active = true;
    }

    public boolean contains(OrganisationUnit other) {
        return UnitPath.isWithin(other.path(), path);
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

    public UnitKind kind() {
        return kind;
    }

    public OrganisationUnit parent() {
        return parent;
    }

    public String path() {
        return path;
    }

    public int depth() {
        return depth;
    }

    public boolean isActive() {
        return active;
    }
}
