package org.healthedu.feedback;

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
import org.healthedu.account.Account;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;
import org.healthedu.shared.Tracked;

/**
 * A feedback form: its name, who answers it, whether answers are identified, and its current version (the content).
 * A shipped template has a template code and no owner; any other form belongs to a unit.
 */
@Entity
@Table(name = "feedback_form")
public class FeedbackForm extends Tracked {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_form_seq")
    @SequenceGenerator(name = "feedback_form_seq", sequenceName = "feedback_form_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_unit_id", updatable = false)
    private OrganisationUnit ownerUnit;

    @Column(name = "template_code", updatable = false, length = 40)
    private String templateCode;

    @Column(name = "name_zh", nullable = false, length = NAME_MAX)
    private String nameZh;

    @Column(name = "name_en", length = NAME_MAX)
    private String nameEn;

    @Column(name = "for_parents", nullable = false)
    private boolean forParents;

    @Column(name = "for_students", nullable = false)
    private boolean forStudents;

    @Column(nullable = false)
    private boolean identified;

    @Column(nullable = false)
    private boolean archived;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private FormVersion currentVersion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by", updatable = false)
    private Account createdBy;

    protected FeedbackForm() {
    }

    /** A unit's own form; its first version is added by the caller. */
    public FeedbackForm(OrganisationUnit ownerUnit, String nameZh, String nameEn, boolean forParents,
            boolean forStudents, boolean identified, Account createdBy) {
        this.ownerUnit = ownerUnit;
        this.createdBy = createdBy;
        rename(nameZh, nameEn);
        changeAudience(forParents, forStudents, identified);
    }

    public void rename(String nameZh, String nameEn) {
        this.nameZh = Text.required("nameZh", nameZh, NAME_MAX);
        this.nameEn = Text.optional("nameEn", nameEn, NAME_MAX);
    }

    /**
     * Who answers the form and whether answers carry the participant. Identified answers are refused for any form
     * students answer: students may be minors.
     */
    public void changeAudience(boolean forParents, boolean forStudents, boolean identified) {
        if (!forParents && !forStudents) {
            throw DomainException.invalid("audience", "feedback.form.audience.required");
        }
        if (identified && forStudents) {
            throw DomainException.invalid("identified", "feedback.form.identified.minors");
        }
        this.forParents = forParents;
        this.forStudents = forStudents;
        this.identified = identified;
    }

    public void archive(boolean archived) {
        this.archived = archived;
    }

    public void makeCurrent(FormVersion version) {
        this.currentVersion = version;
    }

    public boolean answeredBy(Audience audience) {
        return audience == Audience.PARENT ? forParents : forStudents;
    }

    public Long id() {
        return id;
    }

    /** Null for a shipped template. */
    public OrganisationUnit ownerUnit() {
        return ownerUnit;
    }

    public String templateCode() {
        return templateCode;
    }

    public boolean isTemplate() {
        return templateCode != null;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean forParents() {
        return forParents;
    }

    public boolean forStudents() {
        return forStudents;
    }

    public boolean identified() {
        return identified;
    }

    public boolean archived() {
        return archived;
    }

    public FormVersion currentVersion() {
        return currentVersion;
    }
}
