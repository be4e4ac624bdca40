package org.healthedu.enrolment;

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
import java.util.Locale;
import java.util.regex.Pattern;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.Site;
import org.healthedu.organisation.UnitPath;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;
import org.healthedu.shared.Tracked;

/**
 * A person taking part in the programmes (学员), belonging to a unit (and possibly one of its sites), whose path is the
 * scope they are seen and managed in. Only the minimum is kept: a name to call them by, kind, gender (optional), birth
 * year (to know minors; see {@link Age}), a phone for adults only, and school and grade for students. A withdrawn
 * consent anonymises the person: name, phone, school and grade are blanked for good, while kind, gender, birth year
 * and their enrolments stay so that counts stay right.
 */
@Entity
@Table(name = "participant")
public class Participant extends Tracked {

    public static final int NAME_MAX = 60;
    public static final int PHONE_MAX = 30;
    public static final int SCHOOL_MAX = 100;
    public static final int GRADE_MAX = 30;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{3,20}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
    @SequenceGenerator(name = "participant_seq", sequenceName = "participant_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ParticipantKind kind;

    @Column(name = "display_name", length = NAME_MAX)
    private String displayName;

    /** The name as duplicates are compared: lower case, no spaces ("张 三" and "张三" are one name). */
    @Column(name = "name_key", length = NAME_MAX)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Gender gender;

    @Column(name = "birth_year")
    private Integer birthYear;

    @Column(length = PHONE_MAX)
    private String phone;

    @Column(length = SCHOOL_MAX)
    private String school;

    @Column(length = GRADE_MAX)
    private String grade;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrganisationUnit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    private Site site;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    protected Participant() {
    }

    /** A participant of {@code unit} (and {@code site}, optional, which must belong to that unit or one below it). */
    public Participant(ParticipantDetails details, OrganisationUnit unit, Site site, LocalDate today) {
        place(unit, site);
        apply(details, today);
    }

    /** Replaces the details, each checked; an anonymised participant is a closed record. */
    public void revise(ParticipantDetails details, LocalDate today) {
        requireNotAnonymised();
        apply(details, today);
    }

    /** Moves the participant to another unit or site (both checked by the caller for scope). */
    public void place(OrganisationUnit newUnit, Site newSite) {
        requireNotAnonymised();
        if (newUnit == null) {
            throw DomainException.invalid("unitId", "error.required");
        }
        if (newSite != null && !UnitPath.isWithin(newSite.unit().path(), newUnit.path())) {
            throw DomainException.invalid("siteId", "participant.site.outsideUnit");
        }
        this.unit = newUnit;
        this.site = newSite;
    }

    /** Blanks everything that identifies the person, for good; what is counted (kind, gender, birth year) stays. */
    void anonymise(Instant when) {
        displayName = null;
        nameKey = null;
        phone = null;
        school = null;
        grade = null;
        anonymisedAt = when;
    }

    public void requireNotAnonymised() {
        if (anonymisedAt != null) {
            throw DomainException.conflict(null, "participant.anonymised");
        }
    }

    /** Checks every field before assigning any, so a refused change leaves the participant as it was. */
    private void apply(ParticipantDetails details, LocalDate today) {
        ParticipantKind checkedKind = checkedKind(details.kind());
        String checkedName = checkedName(details.displayName());
        Integer checkedBirthYear = checkedBirthYear(checkedKind, details.birthYear(), today);
        String checkedPhone = checkedPhone(details.phone(), checkedBirthYear, today);
        String checkedSchool = checkedSchool(checkedKind, details.school());
        String checkedGrade = checkedGrade(checkedKind, details.grade());
        this.kind = checkedKind;
        this.displayName = checkedName;
        this.nameKey = nameKey(checkedName);
        this.gender = details.gender();
        this.birthYear = checkedBirthYear;
        this.phone = checkedPhone;
        this.school = checkedSchool;
        this.grade = checkedGrade;
    }

    public static ParticipantKind checkedKind(ParticipantKind kind) {
        if (kind == null) {
            throw DomainException.invalid("kind", "error.required");
        }
        return kind;
    }

    public static String checkedName(String name) {
        return Text.required("displayName", name, NAME_MAX);
    }

    /** Required except for parents; a plausible year for a participant today (3 to 100 years old). */
    public static Integer checkedBirthYear(ParticipantKind kind, Integer birthYear, LocalDate today) {
        if (birthYear == null) {
            if (kind != null && kind.needsBirthYear()) {
                throw DomainException.invalid("birthYear", "participant.birthYear.required");
            }
            return null;
        }
        int earliest = Age.earliestBirthYear(today);
        int latest = Age.latestBirthYear(today);
        if (birthYear < earliest || birthYear > latest) {
            throw DomainException.invalid("birthYear", "participant.birthYear.range", String.valueOf(earliest),
                    String.valueOf(latest));
        }
        return birthYear;
    }

    /**
     * Digits, optionally a leading +, with the spaces, dashes and brackets people type removed ("138-0000 1111" is kept
     * as "13800001111", so duplicates are found however it was typed). Never for someone who could be under 18.
     */
    public static String checkedPhone(String phone, Integer birthYear, LocalDate today) {
        String trimmed = Text.optional("phone", phone, PHONE_MAX);
        if (trimmed == null) {
            return null;
        }
        if (Age.possiblyMinor(birthYear, today)) {
            throw DomainException.invalid("phone", "participant.phone.minor");
        }
        String compact = trimmed.replaceAll("[\\s\\-()（）]", "");
        if (!PHONE.matcher(compact).matches()) {
            throw DomainException.invalid("phone", "participant.phone.format");
        }
        return compact;
    }

    public static String checkedSchool(ParticipantKind kind, String school) {
        String checked = Text.optional("school", school, SCHOOL_MAX);
        if (checked != null && kind != null && !kind.atSchool()) {
            throw DomainException.invalid("school", "participant.school.studentsOnly");
        }
        return checked;
    }

    public static String checkedGrade(ParticipantKind kind, String grade) {
        String checked = Text.optional("grade", grade, GRADE_MAX);
        if (checked != null && kind != null && !kind.atSchool()) {
            throw DomainException.invalid("grade", "participant.school.studentsOnly");
        }
        return checked;
    }

    /** How names are compared for likely duplicates: lower case, without any white space. */
    public static String nameKey(String name) {
        return name == null ? null : name.replaceAll("[\\s\u3000]+", "").toLowerCase(Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public ParticipantKind kind() {
        return kind;
    }

    public String displayName() {
        return displayName;
    }

    public Gender gender() {
        return gender;
    }

    public Integer birthYear() {
        return birthYear;
    }

    public String phone() {
        return phone;
    }

    public String school() {
        return school;
    }

    public String grade() {
        return grade;
    }

    public OrganisationUnit unit() {
        return unit;
    }

    public Site site() {
        return site;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }
}
