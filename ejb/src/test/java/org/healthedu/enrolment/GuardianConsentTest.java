package org.healthedu.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.enrolment.ParticipantTest.TODAY;
import static org.healthedu.organisation.Units.placed;
import static org.healthedu.shared.BrokenRule.assertBroken;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import java.time.Instant;
import java.time.LocalDate;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.UnitKind;
import org.healthedu.organisation.Units;
import org.healthedu.shared.DomainException;
import org.junit.jupiter.api.Test;

class GuardianConsentTest {

    private final OrganisationUnit baodong = placed(30, UnitKind.COMMUNITY,
            placed(20, UnitKind.COUNTY, placed(9, UnitKind.CITY, placed(5, UnitKind.PROVINCE,
                    placed(1, UnitKind.NATIONAL, null)))));

    private Participant pupil(int birthYear) {
        return new Participant(ParticipantTest.student("李小红", birthYear, null), baodong, null, TODAY);
    }

    private static ConsentDraft signed(LocalDate on) {
        return new ConsentDraft("李建国", "父亲", on, "2026-1");
    }

    @Test
    void aGuardianConsentsForAMinor() {
        GuardianConsent consent = new GuardianConsent(pupil(2014), signed(LocalDate.of(2026, 6, 1)), null, TODAY);
        assertThat(consent.isInForce()).isTrue();
        assertThat(Units.field(consent, "guardianName")).isEqualTo("李建国");
        assertThat(Units.field(consent, "relation")).isEqualTo("父亲");
        assertThat(Units.field(consent, "textVersion")).isEqualTo("2026-1");
        assertThat(new GuardianConsent(pupil(2009), signed(TODAY), null, TODAY).isInForce())
                .as("15 or 16: a minor, whose consent may be kept too").isTrue();
    }

    @Test
    void anAdultConsentsAlone() {
        assertInvalid(() -> new GuardianConsent(pupil(2007), signed(TODAY), null, TODAY), "consent",
                "consent.notMinor");
    }

    @Test
    void everyFieldOfTheFormIsNeededAndTheDateMustMakeSense() {
        Participant child = pupil(2014);
        assertInvalid(() -> new GuardianConsent(child, new ConsentDraft(" ", "父亲", TODAY, "v1"), null, TODAY),
                "guardianName", "error.required");
        assertInvalid(() -> new GuardianConsent(child, new ConsentDraft("李建国", null, TODAY, "v1"), null, TODAY),
                "guardianRelation", "error.required");
        assertInvalid(() -> new GuardianConsent(child, new ConsentDraft("李建国", "父亲", null, "v1"), null, TODAY),
                "consentDate", "error.required");
        assertInvalid(() -> new GuardianConsent(child, new ConsentDraft("李建国", "父亲", TODAY, ""), null, TODAY),
                "consentTextVersion", "error.required");
        assertInvalid(() -> new GuardianConsent(child, null, null, TODAY), "guardianName", "error.required");
        assertInvalid(() -> new GuardianConsent(child, signed(TODAY.plusDays(1)), null, TODAY), "consentDate",
                "consent.date.future");
        assertInvalid(() -> new GuardianConsent(child, signed(LocalDate.of(2013, 12, 31)), null, TODAY),
                "consentDate", "consent.date.beforeBirth");
    }

    @Test
    void withdrawingIsFinalAndBlanksTheGuardiansName() {
        GuardianConsent consent = new GuardianConsent(pupil(2014), signed(TODAY), null, TODAY);
        consent.withdraw(null, Instant.now());
        assertThat(consent.isInForce()).isFalse();
        assertThat(Units.field(consent, "guardianName")).isNull();
        assertThat(Units.field(consent, "relation")).as("what is not identifying stays").isEqualTo("父亲");
        assertBroken(() -> consent.withdraw(null, Instant.now()), DomainException.Kind.CONFLICT, null, "consent.none");
    }

    @Test
    void anAnonymisedPersonGetsNoNewConsent() {
        Participant child = pupil(2014);
        child.anonymise(Instant.now());
        assertBroken(() -> new GuardianConsent(child, signed(TODAY), null, TODAY), DomainException.Kind.CONFLICT, null,
                "participant.anonymised");
    }
}
