package org.healthedu.enrolment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.healthedu.curriculum.Curricula;
import org.healthedu.curriculum.CurriculumVersionRef;
import org.healthedu.shared.DomainException;

/**
 * The curriculum version a batch follows, through the curriculum feature's own operations ({@link Curricula}): the
 * version must be one of the batch's project, and once a batch follows it, it is in use and never rewritten (an
 * edit then makes the next version). Internal: the calling service has checked its caller and the project.
 */
@Stateless
@PermitAll
public class BatchCurriculum {

    /** The curriculum columns of {@link BatchView} (id, version number) and the join they need. */
    static final String VIEW_COLUMNS = "cv.id, cv.versionNo";
    static final String VIEW_JOIN = "left join Curriculum cv on cv.id = b.curriculumId";

    @Inject
    private Curricula curricula;

    /**
     * {@code batch} follows {@code curriculumId} (null: the project's current version, or none while the project has
     * adopted no curriculum yet), which is marked in use.
     */
    public void follow(Batch batch, long projectId, Long curriculumId) {
        CurriculumVersionRef version;
        if (curriculumId == null) {
            version = curricula.currentVersion(projectId).orElse(null);
            if (version == null) {
                return;
            }
        } else {
            try {
                version = curricula.version(curriculumId);
            } catch (DomainException notFound) {
                throw DomainException.invalid("curriculumId", "batch.curriculum.notOfProject");
            }
            if (version.projectId() != projectId) {
                throw DomainException.invalid("curriculumId", "batch.curriculum.notOfProject");
            }
        }
        batch.follow(version.id());
        curricula.markInUse(version.id());
    }
}
