package org.healthedu.enrolment;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A guardian's consent as recorded from the signed form: who signed, their relation to the participant (父亲, 母亲,
 * 祖母, …), the date signed and the version of the consent text they signed.
 */
public record ConsentDraft(String guardianName, String relation, LocalDate consentDate, String textVersion)
        implements Serializable {

    /** Whether nothing at all was given (a form section left empty), as opposed to a half-filled one. */
    public boolean isEmpty() {
        return blank(guardianName) && blank(relation) && consentDate == null && blank(textVersion);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
