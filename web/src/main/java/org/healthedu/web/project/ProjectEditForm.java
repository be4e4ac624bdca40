package org.healthedu.web.project;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.healthedu.project.ProjectView;

/** A project's own fields while they are typed: for a new project or an edit of one. */
public class ProjectEditForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String nameZh;
    private String nameEn;
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal budgetCny;
    private String description;

    /** Blank, for a new project of a year from {@code start}. */
    void startNew(LocalDate start) {
        code = null;
        nameZh = null;
        nameEn = null;
        description = null;
        budgetCny = null;
        startDate = start;
        endDate = start.plusMonths(12).minusDays(1);
    }

    void fill(ProjectView project) {
        code = project.code();
        nameZh = project.nameZh();
        nameEn = project.nameEn();
        startDate = project.startDate();
        endDate = project.endDate();
        budgetCny = project.budgetCny();
        description = project.description();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getBudgetCny() {
        return budgetCny;
    }

    public void setBudgetCny(BigDecimal budgetCny) {
        this.budgetCny = budgetCny;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
