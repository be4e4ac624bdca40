package org.healthedu.enrolment.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.healthedu.enrolment.Age;
import org.healthedu.enrolment.ConsentDraft;
import org.healthedu.enrolment.Gender;
import org.healthedu.enrolment.GuardianConsent;
import org.healthedu.enrolment.Participant;
import org.healthedu.enrolment.ParticipantDetails;
import org.healthedu.enrolment.ParticipantKind;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.tabular.RowError;

/**
 * Checks the rows of an uploaded participant file against the rules for one participant ({@link Participant},
 * {@link GuardianConsent}), against each other (the same person twice), against the participants already in scope
 * (a likely duplicate by name + phone, or name + birth year + school) and against the batch's free places. Pure: the
 * caller supplies the participants whose names the file repeats, so every rule is testable without a container.
 * Every broken rule on every row is reported, so one round of corrections fixes the file.
 */
public final class ParticipantImportPlanner {

    private ParticipantImportPlanner() {
    }

    /** The name keys of the file's rows: the existing participants the planner must be told about. */
    public static Set<String> nameKeys(List<ParticipantImportRow> rows) {
        Set<String> keys = new TreeSet<>();
        for (ParticipantImportRow row : rows) {
            if (row.name() != null) {
                keys.add(Participant.nameKey(row.name()));
            }
        }
        return keys;
    }

    /**
     * @param defaultKind what a row without a kind is (the file may have no kind column at all)
     * @param existing    participants in scope, by name key, for at least {@link #nameKeys} of the rows
     * @param freePlaces  places left in the batch: valid rows beyond them are refused, in file order
     * @param today       the day ages are judged on (see {@link Age})
     */
    public static ParticipantImportPlan plan(List<ParticipantImportRow> rows, ParticipantKind defaultKind,
            Map<String, List<ExistingParticipant>> existing, long freePlaces, LocalDate today) {
        List<ParticipantRowResult> results = new ArrayList<>(rows.size());
        List<PlannedParticipant> valid = new ArrayList<>();
        Map<String, Integer> firstByKey = new HashMap<>();
        int errorRows = 0;
        for (ParticipantImportRow row : rows) {
            Check check = new Check(row);
            check.fields(defaultKind, today);
            check.againstFile(firstByKey);
            check.againstExisting(existing);
            if (check.errors.isEmpty() && valid.size() >= freePlaces) {
                check.error("batch", "import.batch.full", String.valueOf(Math.max(0, freePlaces)));
            }
            if (check.errors.isEmpty()) {
                valid.add(check.planned());
            } else {
                errorRows++;
            }
            results.add(new ParticipantRowResult(row, check.kind, check.errors));
        }
        return new ParticipantImportPlan(new ParticipantImportPreview(results, errorRows, Math.max(0, freePlaces)),
                valid);
    }

    /** One row's checks as they build up. */
    private static final class Check {
        final ParticipantImportRow row;
        final List<RowError> errors = new ArrayList<>();
        ParticipantKind kind;
        String name;
        String nameKey;
        Gender gender;
        Integer birthYear;
        boolean birthYearRead = true;
        String phone;
        String school;
        String grade;
        GuardianConsent.Checked consent;

        Check(ParticipantImportRow row) {
            this.row = row;
        }

        void error(String field, String messageKey, Object... args) {
            errors.add(RowError.of(field, messageKey, args));
        }

        void fields(ParticipantKind defaultKind, LocalDate today) {
            kind = row.kind() == null ? defaultKind : ImportValues.kind(row.kind());
            if (kind == null) {
                error("kind", "import.participant.kind.unknown", row.kind());
            }
            try {
                name = Participant.checkedName(row.name());
                nameKey = Participant.nameKey(name);
            } catch (DomainException e) {
                errors.add(RowError.of(e));
            }
            if (row.gender() != null) {
                gender = ImportValues.gender(row.gender());
                if (gender == null) {
                    error("gender", "import.participant.gender.unknown", row.gender());
                }
            }
            if (row.birthYear() != null) {
                birthYear = ImportValues.birthYear(row.birthYear());
                if (birthYear == null) {
                    birthYearRead = false;
                    error("birthYear", "import.participant.birthYear.format", row.birthYear());
                }
            }
            if (birthYearRead) {
                try {
                    birthYear = Participant.checkedBirthYear(kind, birthYear, today);
                } catch (DomainException e) {
                    birthYearRead = false;
                    errors.add(RowError.of(e));
                }
            }
            // Without a readable birth year, nothing can be said about phone or consent: that row is wrong already.
            if (birthYearRead) {
                try {
                    phone = Participant.checkedPhone(row.phone(), birthYear, today);
                } catch (DomainException e) {
                    errors.add(RowError.of(e));
                }
                consent(today);
            }
            try {
                school = Participant.checkedSchool(kind, row.school());
            } catch (DomainException e) {
                errors.add(RowError.of(e));
            }
            try {
                grade = Participant.checkedGrade(kind, row.grade());
            } catch (DomainException e) {
                errors.add(RowError.of(e));
            }
        }

        /**
         * A child who could be under 14 needs the consent columns filled; a minor's consent given in the file is
         * recorded; for an adult the columns are ignored (an adult consents alone).
         */
        private void consent(LocalDate today) {
            boolean needed = Age.needsConsent(birthYear, today);
            if (!row.hasConsent()) {
                if (needed) {
                    error("consent", "import.participant.consentMissing");
                }
                return;
            }
            if (!Age.possiblyMinor(birthYear, today)) {
                return;
            }
            LocalDate date = ImportValues.date(row.consentDate());
            if (row.consentDate() != null && date == null) {
                error("consentDate", "import.participant.consentDate.format", row.consentDate());
                return;
            }
            String version = row.consentVersion() == null ? GuardianConsent.CURRENT_TEXT_VERSION
                    : row.consentVersion();
            try {
                consent = GuardianConsent.check(new ConsentDraft(row.guardianName(), row.guardianRelation(), date,
                        version), birthYear, today);
            } catch (DomainException e) {
                errors.add(RowError.of(e));
            }
        }

        /** The same person twice in the file: the later row is refused, naming the line of the first. */
        void againstFile(Map<String, Integer> firstByKey) {
            if (nameKey == null) {
                return;
            }
            for (String key : keys()) {
                Integer first = firstByKey.putIfAbsent(key, row.line());
                if (first != null) {
                    error("displayName", "import.participant.duplicateInFile", String.valueOf(first));
                    return;
                }
            }
        }

        void againstExisting(Map<String, List<ExistingParticipant>> existing) {
            if (nameKey == null) {
                return;
            }
            for (ExistingParticipant other : existing.getOrDefault(nameKey, List.of())) {
                boolean samePhone = phone != null && phone.equals(other.phone());
                boolean sameSchoolAndYear = birthYear != null && school != null && birthYear.equals(other.birthYear())
                        && Participant.nameKey(school).equals(Participant.nameKey(other.school()));
                if (samePhone || sameSchoolAndYear) {
                    error("displayName", "import.participant.likelyDuplicate", other.displayName(),
                            other.unitNameZh(), String.valueOf(other.id()));
                    return;
                }
            }
        }

        /** What identifies a person for duplicates: name + phone, and name + birth year + school. */
        private List<String> keys() {
            List<String> keys = new ArrayList<>(2);
            if (phone != null) {
                keys.add(nameKey + "|p|" + phone);
            }
            if (birthYear != null && school != null) {
                keys.add(nameKey + "|s|" + birthYear + "|" + Participant.nameKey(school));
            }
            return keys;
        }

        PlannedParticipant planned() {
            return new PlannedParticipant(row.line(), new ParticipantDetails(kind, name, gender, birthYear, phone,
                    school, grade), nameKey, consent);
        }
    }
}
