package org.healthedu.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.healthedu.file.StoredFile;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;
import org.healthedu.shared.Tracked;

/**
 * One use of project funds (经费使用): a positive amount in yuan spent on a day inside the project's period, on a
 * category, with an optional note and receipt.
 */
@Entity
@Table(name = "fund_use")
public class FundUse extends Tracked {

    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fund_use_seq")
    @SequenceGenerator(name = "fund_use_seq", sequenceName = "fund_use_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Column(name = "spent_on", nullable = false)
    private LocalDate spentOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 16)
    private FundCategory category;

    @Column(name = "amount_cny", nullable = false, precision = 14, scale = 2)
    private BigDecimal amountCny;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attachment_file_id")
    private StoredFile attachment;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private long recordedBy;

    protected FundUse() {
    }

    public FundUse(Project project, FundUseDraft draft, long recordedBy) {
        this.project = project;
        this.recordedBy = recordedBy;
        revise(draft);
    }

    /** Checks every field against the rules and the project's period, then assigns them all. */
    public void revise(FundUseDraft draft) {
        LocalDate date = checkedDate(project, draft.spentOn());
        if (draft.category() == null) {
            throw DomainException.invalid("category", "error.required");
        }
        BigDecimal amount = checkedAmount(draft.amountCny());
        String cleanNote = Text.multiline("note", draft.note(), NOTE_MAX);
        spentOn = date;
        category = draft.category();
        amountCny = amount;
        note = cleanNote;
    }

    static LocalDate checkedDate(Project project, LocalDate date) {
        if (date == null) {
            throw DomainException.invalid("spentOn", "error.required");
        }
        if (date.isBefore(project.startDate()) || date.isAfter(project.endDate())) {
            throw DomainException.invalid("spentOn", "fundUse.date.outsidePeriod", project.startDate().toString(),
                    project.endDate().toString());
        }
        return date;
    }

    /** More than zero, at most the largest budget, at most two decimals (fen). */
    static BigDecimal checkedAmount(BigDecimal amount) {
        if (amount == null) {
            throw DomainException.invalid("amountCny", "error.required");
        }
        if (amount.signum() <= 0 || amount.compareTo(Project.BUDGET_LIMIT) >= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid("amountCny", "fundUse.amount.invalid");
        }
        return amount.setScale(2);
    }

    public void attach(StoredFile file) {
        this.attachment = file;
    }

    public long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public LocalDate spentOn() {
        return spentOn;
    }

    public FundCategory category() {
        return category;
    }

    public BigDecimal amountCny() {
        return amountCny;
    }

    public String note() {
        return note;
    }

    public StoredFile attachment() {
        return attachment;
    }
}
