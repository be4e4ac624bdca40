package org.healthedu.feedback;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What the public form shows about a session and asks: the lesson, date and site (never a person), whether it takes
 * answers and when, who may answer, and the form (null unless open; narrowed to the questions of {@code audience}
 * once that is chosen). Local times in China. For a peer session ({@code peerSession}) the lesson position is 0 and the
 * title is its topic (or its lesson's title).
 */
public record PublicForm(String token, int lessonPosition, String lessonTitleZh, String lessonTitleEn,
        String siteName, LocalDateTime startsAt, LocalDateTime endsAt, LocalDateTime opensAt,
        LocalDateTime closesAt, FeedbackWindow state, boolean forParents, boolean forStudents, Audience audience,
        FormDefinition form, boolean peerSession) implements Serializable {

    /** The audience nobody has to choose: the form's only one. */
    public Audience onlyAudience() {
        return forParents && !forStudents ? Audience.PARENT : forStudents && !forParents ? Audience.STUDENT : null;
    }
}
