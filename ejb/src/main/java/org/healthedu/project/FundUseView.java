package org.healthedu.project;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A fund-use entry as listed, with the receipt's name when there is one and who recorded it. */
public record FundUseView(long id, long projectId, LocalDate spentOn, FundCategory category, BigDecimal amountCny,
        String note, Long attachmentFileId, String attachmentName, String recordedBy, long version)
        implements Serializable {
}
