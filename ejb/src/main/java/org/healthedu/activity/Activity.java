package org.healthedu.activity;

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
import java.time.Instant;
import java.time.LocalDate;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.Site;
import org.healthedu.project.Project;
import org.healthedu.session.SessionTime;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;
import org.healthedu.shared.Tracked;

/**
 * An activity counted by headcount (讲座、咨询、集中宣传…): held on a day at a unit (and maybe a site), optionally for a
 * project, with its total and optional breakdowns. Every rule is checked here before anything is assigned.
 */
@Entity
@Table(name = "activity")
public class Activity extends Tracked {

    public static final int TOPIC_MAX = 200;
    public static final int ORGANISER_MAX = 60;
    public static final int GRADE_MAX = 100;
    public static final int NOTE_MAX = 1000;
    static final String[] SEX_FIELDS = {"female", "male", "sexUnknown"};
    static final String[] AGE_FIELDS = {"ageUnder14", "age14to17", "age18to24", "age25plus", "ageUnknown"};

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_seq")
    @SequenceGenerator(name = "activity_seq", sequenceName = "activity_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 24)
    private ActivityType type;

    @Column(name = "online", nullable = false)
    private boolean online;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrganisationUnit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    private Site site;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(name = "topic", nullable = false, length = TOPIC_MAX)
    private String topic;

    @Column(name = "organiser_name", length = ORGANISER_MAX)
    private String organiserName;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, length = 24)
    private AudienceKind audience;

    @Column(name = "headcount", nullable = false)
    private int headcount;

    @Column(name = "female")
    private Integer female;

    @Column(name = "male")
    private Integer male;

    @Column(name = "sex_unknown")
    private Integer sexUnknown;

    @Column(name = "age_under14")
    private Integer ageUnder14;

    @Column(name = "age_14_17")
    private Integer age14to17;

    @Column(name = "age_18_24")
    private Integer age18to24;

    @Column(name = "age_25_plus")
    private Integer age25plus;

    @Column(name = "age_unknown")
    private Integer ageUnknown;

    @Column(name = "grade", length = GRADE_MAX)
    private String grade;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private long recordedBy;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by")
    private Long deletedBy;

    protected Activity() {
    }

    public Activity(ActivityDraft draft, OrganisationUnit unit, Site site, Project project, long recordedBy) {
        this.recordedBy = recordedBy;
        revise(draft, unit, site, project);
    }

    /**
     * Checks every field (counts, breakdowns, date not in the future and within the project's period), then assigns
     * them all. The unit, site and project have been found and scope-checked by the service.
     */
    public void revise(ActivityDraft draft, OrganisationUnit newUnit, Site newSite, Project newProject) {
        if (draft.type() == null) {
            throw DomainException.invalid("type", "error.required");
        }
        if (draft.audience() == null) {
            throw DomainException.invalid("audience", "error.required");
        }
        LocalDate date = checkedDate(draft.heldOn(), newProject);
        String cleanTopic = Text.required("topic", draft.topic(), TOPIC_MAX);
        String cleanOrganiser = Text.optional("organiserName", draft.organiserName(), ORGANISER_MAX);
        String cleanGrade = Text.optional("grade", draft.grade(), GRADE_MAX);
        String cleanNote = Text.multiline("note", draft.note(), NOTE_MAX);
        int total = Headcounts.count("headcount", draft.headcount());
        int[] sex = draft.hasSexBreakdown() ? Headcounts.breakdown("sexBreakdown", total, SEX_FIELDS,
                draft.female(), draft.male(), draft.sexUnknown()) : null;
        int[] age = draft.hasAgeBreakdown() ? Headcounts.breakdown("ageBreakdown", total, AGE_FIELDS,
                draft.ageUnder14(), draft.age14to17(), draft.age18to24(), draft.age25plus(), draft.ageUnknown())
                : null;
        type = draft.type();
        // Only a consultation is answered online or in person; other types are held where they are held.
        online = draft.type() == ActivityType.CONSULTATION && draft.online();
        heldOn = date;
        unit = newUnit;
        site = newSite;
        project = newProject;
        topic = cleanTopic;
        organiserName = cleanOrganiser;
        audience = draft.audience();
        headcount = total;
        female = sex == null ? null : sex[0];
        male = sex == null ? null : sex[1];
        sexUnknown = sex == null ? null : sex[2];
        ageUnder14 = age == null ? null : age[0];
        age14to17 = age == null ? null : age[1];
        age18to24 = age == null ? null : age[2];
        age25plus = age == null ? null : age[3];
        ageUnknown = age == null ? null : age[4];
        grade = cleanGrade;
        note = cleanNote;
    }

    /** Not after today in China; inside the project's period when there is a project. */
    static LocalDate checkedDate(LocalDate date, Project project) {
        if (date == null) {
            throw DomainException.invalid("heldOn", "error.required");
        }
        if (date.isAfter(LocalDate.now(SessionTime.ZONE))) {
            throw DomainException.invalid("heldOn", "activity.date.future");
        }
        if (project != null && (date.isBefore(project.startDate()) || date.isAfter(project.endDate()))) {
            throw DomainException.invalid("heldOn", "activity.date.outsidePeriod", project.startDate().toString(),
                    project.endDate().toString());
        }
        return date;
    }

    void delete(long accountId) {
        deletedAt = Instant.now();
        deletedBy = accountId;
    }

    public long id() {
        return id;
    }

    public OrganisationUnit unit() {
        return unit;
    }

    public Site site() {
        return site;
    }

    public long recordedBy() {
        return recordedBy;
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}
