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
import java.util.regex.Pattern;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;
import org.healthedu.shared.Tracked;

/**
 * A place where sessions happen. Owned by a unit, whose scope governs it; it may lie outside that unit's territory
 * (a floating-population association's site in another province), so its address is free text.
 */
@Entity
@Table(name = "site")
public class Site extends Tracked {

    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,30}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "site_seq")
    @SequenceGenerator(name = "site_seq", sequenceName = "site_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrganisationUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private SiteKind kind;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", length = 100)
    private String nameEn;

    @Column(length = 300)
    private String address;

    @Column(name = "contact_name", length = 60)
    private String contactName;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    @Column(nullable = false)
    private boolean active = true;

    protected Site() {
    }

    public Site(OrganisationUnit unit, SiteDetails details) {
        if (!unit.isActive()) {
            throw DomainException.invalid("unitId", "unit.parent.inactive");
        }
        this.unit = unit;
        describe(details);
    }

    /** Replaces the descriptive fields, each checked. */
    public void describe(SiteDetails details) {
        if (details.kind() == null) {
            throw DomainException.invalid("kind", "error.required");
        }
        String phone = Text.optional("contactPhone", details.contactPhone(), 30);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw DomainException.invalid("contactPhone", "site.phone.format");
        }
        this.kind = details.kind();
        this.nameZh = Text.required("nameZh", details.nameZh(), 100);
        this.nameEn = Text.optional("nameEn", details.nameEn(), 100);
        this.address = Text.optional("address", details.address(), 300);
        this.contactName = Text.optional("contactName", details.contactName(), 60);
        this.contactPhone = phone;
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        if (!unit.isActive()) {
            throw DomainException.invalid("unitId", "unit.parent.inactive");
        }
        active = true;
    }

    public Long id() {
        return id;
    }

    public OrganisationUnit unit() {
        return unit;
    }
}
