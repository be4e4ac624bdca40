package org.healthedu.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** The completion report as an XLSX workbook: one sheet per section, the raw figures per unit. */
@ApplicationScoped
public class ReportWorkbook {

    /** FOUNDATION STUB: the exports work replaces this body. */
    public byte[] render(ReportDocument document, Locale locale) {
        throw new UnsupportedOperationException("report workbook");
    }
}
