package org.healthedu.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.organisation.Units.placed;
import static org.healthedu.shared.BrokenRule.assertBroken;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import java.time.Instant;
import java.time.LocalDate;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.Site;
import org.healthedu.organisation.SiteDetails;
import org.healthedu.organisation.SiteKind;
import org.healthedu.organisation.UnitKind;
import org.healthedu.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParticipantTest {

    static final LocalDate TODAY = LocalDate.of(2026, 7, 11);

    private OrganisationUnit yixing;
    private OrganisationUnit baodong;
    private OrganisationUnit guiyang;

    @BeforeEach
    void tree() {
        OrganisationUnit china = placed(1, UnitKind.NATIONAL, null);
        OrganisationUnit jiangsu = placed(5, UnitKind.PROVINCE, china);
        OrganisationUnit wuxi = placed(9, UnitKind.CITY, jiangsu);
        yixing = placed(20, UnitKind.COUNTY, wuxi);
        baodong = placed(30, UnitKind.COMMUNITY, yixing);
        guiyang = placed(40, UnitKind.COUNTY, placed(35, UnitKind.CITY, placed(33, UnitKind.PROVINCE, china)));
    }

    static ParticipantDetails parent(String name, String phone) {
        return new ParticipantDetails(ParticipantKind.PARENT, name, Gender.FEMALE, null, phone, null, null);
    }

    static ParticipantDetails student(String name, Integer birthYear, String phone) {
        return new ParticipantDetails(ParticipantKind.STUDENT, name, Gender.MALE, birthYear, phone, "金星中学", "初二");
    }

    private Participant create(ParticipantDetails details) {
        return new Participant(details, baodong, null, TODAY);
    }

    @Test
    void aParentNeedsOnlyANameAndMayGiveAPhone() {
        Participant mother = create(parent("  王 秀英 ", "138-0000 1111"));
        assertThat(mother.displayName()).isEqualTo("王 秀英");
        assertThat(mother.phone()).as("kept as digits, however typed").isEqualTo("13800001111");
        assertThat(mother.birthYear()).isNull();
        assertThat(mother.unit()).isSameAs(baodong);
        assertThat(Participant.nameKey("王 秀英")).isEqualTo(Participant.nameKey("王秀英"));
    }

    @Test
    void theRequiredFieldsAreRequired() {
        assertInvalid(() -> create(parent(" ", null)), "displayName", "error.required");
        assertInvalid(() -> create(parent("名".repeat(61), null)), "displayName", "error.tooLong", 60);
        assertInvalid(() -> create(new ParticipantDetails(null, "王芳", null, null, null, null, null)), "kind",
                "error.required");
        assertInvalid(() -> new Participant(parent("王芳", null), null, null, TODAY), "unitId", "error.required");
    }

    @Test
    void everyoneButParentsGivesABirthYearAndAPlausibleOne() {
        for (ParticipantKind kind : new ParticipantKind[] {ParticipantKind.STUDENT, ParticipantKind.PEER_EDUCATOR,
                ParticipantKind.OTHER}) {
            assertInvalid(() -> create(new ParticipantDetails(kind, "李明", null, null, null, null, null)), "birthYear",
                    "participant.birthYear.required");
        }
        assertInvalid(() -> create(student("李明", 2024, null)), "birthYear", "participant.birthYear.range", "1926",
                "2023");
        assertInvalid(() -> create(student("李明", 1925, null)), "birthYear", "participant.birthYear.range", "1926",
                "2023");
        assertThat(create(student("李明", 2023, null)).birthYear()).isEqualTo(2023);
        assertInvalid(() -> create(new ParticipantDetails(ParticipantKind.PARENT, "王芳", null, 2030, null, null,
                null)), "birthYear", "participant.birthYear.range", "1926", "2023");
    }

    @Test
    void noPhoneForAnyoneWhoCouldBeUnderEighteen() {
        assertInvalid(() -> create(student("李明", 2008, "13800001111")), "phone", "participant.phone.minor");
        assertInvalid(() -> create(student("李明", 2012, "13800001111")), "phone", "participant.phone.minor");
        assertThat(create(student("李明", 2007, "13800001111")).phone()).isEqualTo("13800001111");
        assertThat(create(student("李明", 2008, "  ")).phone()).isNull();
        assertInvalid(() -> create(parent("王芳", "call me")), "phone", "participant.phone.format");
        assertInvalid(() -> create(parent("王芳", "12")), "phone", "participant.phone.format");
        assertThat(create(parent("王芳", "+86 (510) 8700-0001")).phone()).isEqualTo("+865108700" + "0001");
    }

    @Test
    void schoolAndGradeOnlyForStudentsAndPeerEducators() {
        assertInvalid(() -> create(new ParticipantDetails(ParticipantKind.PARENT, "王芳", null, null, null, "金星中学",
                null)), "school", "participant.school.studentsOnly");
        assertInvalid(() -> create(new ParticipantDetails(ParticipantKind.OTHER, "王芳", null, 1980, null, null,
                "初二")), "grade", "participant.school.studentsOnly");
        Participant host = create(new ParticipantDetails(ParticipantKind.PEER_EDUCATOR, "赵雪", Gender.FEMALE, 2006,
                null, "江南大学", "大一"));
        assertThat(host.school()).isEqualTo("江南大学");
        assertThat(host.grade()).isEqualTo("大一");
    }

    @Test
    void aRefusedRevisionChangesNothing() {
        Participant mother = create(parent("王芳", "13800001111"));
        assertInvalid(() -> mother.revise(student("王芳", 2012, "13800001111"), TODAY), "phone",
                "participant.phone.minor");
        assertThat(mother.kind()).isEqualTo(ParticipantKind.PARENT);
        assertThat(mother.phone()).isEqualTo("13800001111");
    }

    @Test
    void aSiteMustBelongToTheUnitOrBelowIt() {
        Site baodongCentre = new Site(baodong, new SiteDetails(SiteKind.COMMUNITY, "宝东社区居民活动中心", null, null,
                null, null));
        assertThat(new Participant(parent("王芳", null), yixing, baodongCentre, TODAY).site()).isSameAs(baodongCentre);
        assertInvalid(() -> new Participant(parent("王芳", null), guiyang, baodongCentre, TODAY), "siteId",
                "participant.site.outsideUnit");
    }

    @Test
    void anonymisingBlanksThePersonButKeepsWhatIsCounted() {
        Participant pupil = create(student("李小明", 2014, null));
        pupil.anonymise(Instant.now());
        assertThat(pupil.displayName()).isNull();
        assertThat(pupil.school()).isNull();
        assertThat(pupil.grade()).isNull();
        assertThat(pupil.phone()).isNull();
        assertThat(pupil.isAnonymised()).isTrue();
        assertThat(pupil.kind()).isEqualTo(ParticipantKind.STUDENT);
        assertThat(pupil.birthYear()).isEqualTo(2014);
        assertThat(pupil.gender()).isEqualTo(Gender.MALE);
        assertBroken(() -> pupil.revise(student("李小明", 2014, null), TODAY), DomainException.Kind.CONFLICT, null,
                "participant.anonymised");
    }
}
