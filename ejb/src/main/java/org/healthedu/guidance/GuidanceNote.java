package org.healthedu.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.healthedu.account.Account;
import org.healthedu.session.TrainingSession;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;

/** What an observer saw at a session and what they suggest. Notes are added, never edited. */
@Entity
@Table(name = "guidance_note")
public class GuidanceNote {

    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidance_note_seq")
    @SequenceGenerator(name = "guidance_note_seq", sequenceName = "guidance_note_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private TrainingSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Account author;

    @Column(nullable = false, length = TEXT_MAX)
    private String observed;

    @Column(length = TEXT_MAX)
    private String suggestions;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected GuidanceNote() {
    }

    public GuidanceNote(TrainingSession session, Account author, String observed, String suggestions) {
        this.session = session;
        this.author = author;
        this.observed = Text.multiline("observed", observed, TEXT_MAX);
        if (this.observed == null) {
            throw DomainException.invalid("observed", "error.required");
        }
        this.suggestions = Text.multiline("suggestions", suggestions, TEXT_MAX);
    }

    public Long id() {
        return id;
    }
}
