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
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.Site;
import org.healthedu.shared.DomainException;

/**
 * A site taking part in a project (项目点), and the unit responsible for the work there. Both lie within the owning
 * unit's subtree: a project is carried out below the unit that owns it. Taken out of a project by deleting the row.
 */
@Entity
@Table(name = "project_site")
public class ProjectSite {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_site_seq")
    @SequenceGenerator(name = "project_site_seq", sequenceName = "project_site_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id", nullable = false)
    private Site site;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "responsible_unit_id", nullable = false)
    private OrganisationUnit responsibleUnit;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected ProjectSite() {
    }

    /**
     * {@code site} joins {@code project} under {@code responsibleUnit} (null: the site's own unit). The caller has
     * checked that the site is active and not yet in the project.
     */
    public ProjectSite(Project project, Site site, OrganisationUnit responsibleUnit) {
        project.requireOpen();
        if (!Project.isWithin(site.unit(), project.owner())) {
            throw DomainException.invalid("siteId", "project.site.outOfScope");
        }
        OrganisationUnit responsible = responsibleUnit == null ? site.unit() : responsibleUnit;
        if (!Project.isWithin(responsible, project.owner())) {
            throw DomainException.invalid("responsibleUnitId", "project.site.responsibleOutOfScope");
        }
        if (!responsible.isActive()) {
            throw DomainException.invalid("responsibleUnitId", "project.site.responsibleInactive");
        }
        this.project = project;
        this.site = site;
        this.responsibleUnit = responsible;
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public Site site() {
        return site;
    }

    public OrganisationUnit responsibleUnit() {
        return responsibleUnit;
    }
}
