package org.healthedu.curriculum;

import java.io.Serializable;

/** One version of a project's curriculum, as other features refer to it (a batch follows one). */
public record CurriculumVersionRef(long id, long projectId, int versionNo, boolean inUse, boolean current)
        implements Serializable {
}
