package org.healthedu.checkin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.feedback.FeedbackLinks;
import org.healthedu.file.FileContent;
import org.healthedu.session.SessionAccess;
import org.healthedu.session.SessionTime;
import org.healthedu.session.StaffRole;
import org.healthedu.session.TrainingSession;
import org.healthedu.shared.Persistence;

/**
 * The paper fallback: a printable A4 sign-in sheet per session for those who take its roll, listing the people
 * expected that day with columns to sign and write the time, and the check-in code and its QR code (issuing the code
 * if the session had none).
 */
@Stateless
// Observers are let in to be refused by the same rule as everyone else (a clean 403, no container error).
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class SignInSheets {

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SessionAccess access;

    @Inject
    private CheckInCodes codes;

    @Inject
    private FeedbackLinks feedbackLinks;

    @PersistenceContext
    private EntityManager em;

    /** The sheet's content. */
    public SignInSheet sheet(long sessionId) {
        TrainingSession session = Persistence.findOrNotFound(em, TrainingSession.class, sessionId,
                "session.notFound");
        access.requireTakesRoll(currentCaller.get(), session);
        String code = codes.code(sessionId).code();
        SessionFacts facts = SessionFacts.byId(em, sessionId);
        List<String> trainers = new ArrayList<>();
        trainers.add(facts.leadTrainerName());
        trainers.addAll(em.createQuery("""
                select a.displayName from TrainingSession s join s.staff st, Account a
                where s.id = :id and a.id = st.accountId and st.role = :trainer order by a.displayName""",
                String.class)
                .setParameter("id", sessionId)
                .setParameter("trainer", StaffRole.TRAINER)
                .getResultList());
        List<SignInSheet.Line> people = ExpectedPeople.of(em, sessionId, facts.batchId(),
                SessionTime.date(facts.startsAt())).stream()
                .map(p -> new SignInSheet.Line(p.name(), p.kind()))
                .toList();
        return new SignInSheet(sessionId, facts.projectName(), facts.batchName(), facts.lessonPosition(),
                facts.lessonTitleZh(), facts.lessonTitleEn(), facts.siteName(), facts.room(),
                SessionTime.local(facts.startsAt()), SessionTime.local(facts.endsAt()), trainers, code, people);
    }

    /**
     * The sheet as a PDF file named by {@code signin.fileName} (lesson position, date). {@code labels} are the sheet's words in the reader's language (keys {@code signin.*} and
     * {@code participantKind.*}), {@code checkinUrl} the link the QR code opens (ending in the code),
     * {@code feedbackUrlBase} the feedback link without the session's token (printed with its own QR code).
     */
    public FileContent pdf(long sessionId, Map<String, String> labels, String checkinUrlBase,
            String feedbackUrlBase) {
        SignInSheet sheet = sheet(sessionId);
        String name = MessageFormat.format(SignInSheetPdf.label(labels, "signin.fileName"),
                String.valueOf(sheet.lessonPosition()), sheet.startsAt().toLocalDate().toString()) + ".pdf";
        return new FileContent(name, "application/pdf",
                SignInSheetPdf.render(sheet, labels, checkinUrlBase + sheet.code(),
                        feedbackUrlBase + feedbackLinks.link(sessionId).token()));
    }
}
