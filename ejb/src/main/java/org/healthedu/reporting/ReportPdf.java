package org.healthedu.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** The completion report as a PDF in the association's style. */
@ApplicationScoped
public class ReportPdf {

    /** FOUNDATION STUB: the exports work replaces this body. */
    public byte[] render(ReportDocument document, Locale locale) {
        throw new UnsupportedOperationException("report PDF");
    }
}
