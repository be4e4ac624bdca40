package org.healthedu.enrolment.imports;

import java.io.Serializable;

/**
 * One data row of an uploaded participant file, exactly as typed (trimmed, null when blank). {@code line} is the row
 * number the user sees in their spreadsheet (the header is line 1). The consent columns are optional; they matter for
 * children who could be under 14.
 */
public record ParticipantImportRow(int line, String name, String kind, String gender, String birthYear, String phone,
        String school, String grade, String guardianName, String guardianRelation, String consentDate,
        String consentVersion) implements Serializable {

    public boolean hasConsent() {
        return guardianName != null || guardianRelation != null || consentDate != null || consentVersion != null;
    }
}
