package org.healthedu.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.healthedu.account.Caller;
import org.healthedu.account.CurrentCaller;
import org.healthedu.account.Role;
import org.healthedu.file.FileContent;
import org.healthedu.file.FilePolicy;
import org.healthedu.file.FileStore;
import org.healthedu.file.StoredFile;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;
import org.healthedu.shared.Text;

/**
 * The project text (项目文本) in versions: managers upload a PDF or Word file, which becomes the next version; every
 * version stays downloadable for whoever sees the project.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.TRAINER_NAME, Role.OBSERVER_NAME})
public class ProjectTextService {

    static final String TEXT_VIEW = """
            select new org.healthedu.project.ProjectTextView(t.id, t.project.id, t.versionNo, f.id, f.fileName,
                   f.sizeBytes, f.contentType, t.note, a.displayName, t.uploadedAt)
            from ProjectText t join t.file f, Account a
            where a.id = t.uploadedBy
            """;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private ProjectAccess access;

    @Inject
    private FileStore files;

    @PersistenceContext
    private EntityManager em;

    /** Every version, newest first. */
    public List<ProjectTextView> versions(long projectId) {
        access.visible(currentCaller.get(), projectId);
        return em.createQuery(TEXT_VIEW + " and t.project.id = :projectId order by t.versionNo desc",
                ProjectTextView.class).setParameter("projectId", projectId).getResultList();
    }

    /**
     * Stores {@code content} as the next version. The project row is locked while the number is taken, so two
     * uploads at once become two versions rather than a clash.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public ProjectTextView upload(long projectId, String fileName, byte[] content, String note) {
        Caller caller = currentCaller.get();
        Project project = access.manageableOpen(caller, projectId);
        String cleanNote = Text.optional("note", note, ProjectText.NOTE_MAX);
        StoredFile file = files.store("file", fileName, content, FilePolicy.DOCUMENT, caller.accountId());
        em.lock(project, LockModeType.PESSIMISTIC_WRITE);
        int next = em.createQuery("select coalesce(max(t.versionNo), 0) + 1 from ProjectText t "
                + "where t.project.id = :projectId", Integer.class)
                .setParameter("projectId", projectId).getSingleResult();
        ProjectText text = new ProjectText(project, next, file, cleanNote, caller.accountId());
        em.persist(text);
        em.flush();
        return view(text.id());
    }

    /** One version's file, for whoever sees the project. */
    public FileContent download(long projectId, long textId) {
        access.visible(currentCaller.get(), projectId);
        ProjectText text = Persistence.findOrNotFound(em, ProjectText.class, textId, "projectText.notFound");
        if (text.project().id() != projectId) {
            throw DomainException.notFound("projectText.notFound", textId);
        }
        return files.content(text.file());
    }

    private ProjectTextView view(long id) {
        return em.createQuery(TEXT_VIEW + " and t.id = :id", ProjectTextView.class).setParameter("id", id)
                .getSingleResult();
    }
}
