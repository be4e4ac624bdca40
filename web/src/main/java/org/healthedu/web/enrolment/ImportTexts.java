package org.healthedu.web.enrolment;

import java.util.Locale;
import org.healthedu.shared.tabular.RowError;
import org.healthedu.web.i18n.Texts;

/**
 * Row errors of the participant import as people read them: the column first ("出生年份：…"), since a message such as
 * "This field is required" says nothing on its own in a table of many columns.
 */
public final class ImportTexts {

    private ImportTexts() {
    }

    public static String describe(Locale locale, RowError error) {
        String message = Texts.text(locale, error.messageKey(), error.args().toArray());
        String labelKey = "participantImport.field." + error.field();
        String label = error.field() == null ? null : Texts.text(locale, labelKey);
        if (label == null || label.equals(labelKey)) {
            return message;
        }
        return Texts.text(locale, "participantImport.fieldMessage", label, message);
    }
}
