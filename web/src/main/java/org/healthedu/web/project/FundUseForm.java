package org.healthedu.web.project;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.healthedu.project.FundCategory;
import org.healthedu.project.FundUseView;
import org.healthedu.project.ProjectView;

/** A fund-use entry being recorded ({@code editingId} null) or changed. */
public class FundUseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long editingId;
    private Long version;
    private LocalDate spentOn;
    private FundCategory category;
    private BigDecimal amountCny;
    private String note;

    /** A new entry dated today when today lies in the project's period, else its last day. */
    void fill(FundUseView entry, ProjectView project) {
        if (entry == null) {
            editingId = null;
            version = null;
            LocalDate today = LocalDate.now();
            spentOn = today.isAfter(project.endDate()) ? project.endDate()
                    : today.isBefore(project.startDate()) ? project.startDate() : today;
            category = FundCategory.TRAINING;
            amountCny = null;
            note = null;
        } else {
            editingId = entry.id();
            version = entry.version();
            spentOn = entry.spentOn();
            category = entry.category();
            amountCny = entry.amountCny();
            note = entry.note();
        }
    }

    public Long getEditingId() {
        return editingId;
    }

    public Long getVersion() {
        return version;
    }

    public LocalDate getSpentOn() {
        return spentOn;
    }

    public void setSpentOn(LocalDate spentOn) {
        this.spentOn = spentOn;
    }

    public FundCategory getCategory() {
        return category;
    }

    public void setCategory(FundCategory category) {
        this.category = category;
    }

    public BigDecimal getAmountCny() {
        return amountCny;
    }

    public void setAmountCny(BigDecimal amountCny) {
        this.amountCny = amountCny;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
