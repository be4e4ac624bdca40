package org.healthedu.enrolment;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A participant as lists, pages and the API show them, with the consent in force (null: none) and what their birth
 * year means today (see {@link Age}): {@code consentMissing} says they could be under 14 and cannot be enrolled yet.
 * An anonymised participant has no name, phone, school or grade any more.
 */
public record ParticipantView(long id, ParticipantKind kind, String displayName, boolean anonymised, Gender gender,
        Integer birthYear, String phone, String school, String grade, long unitId, String unitNameZh, Long siteId,
        String siteNameZh, ConsentView consent, boolean possiblyUnder14, boolean possiblyMinor, boolean consentMissing,
        long activeEnrolments, long version) implements Serializable {

    /** The row of one query (JPQL constructor expression): participant, unit, site, consent in force, recorder. */
    public ParticipantView(Long id, ParticipantKind kind, String displayName, Instant anonymisedAt, Gender gender,
            Integer birthYear, String phone, String school, String grade, Long unitId, String unitNameZh, Long siteId,
            String siteNameZh, Long consentId, String guardianName, String relation, LocalDate consentDate,
            String textVersion, String recordedByName, Instant recordedAt, Long activeEnrolments, Long version) {
        this(id, kind, displayName, anonymisedAt != null, gender, birthYear, phone, school, grade, unitId, unitNameZh,
                siteId, siteNameZh,
                consentId == null ? null : new ConsentView(consentId, guardianName, relation, consentDate, textVersion,
                        recordedByName, recordedAt),
                Age.needsConsent(birthYear, Age.today()), Age.possiblyMinor(birthYear, Age.today()),
                anonymisedAt == null && consentId == null && Age.needsConsent(birthYear, Age.today()),
                activeEnrolments, version);
    }
}
