package org.healthedu.enrolment;

import jakarta.ejb.Stateless;

/**
 * The curriculum version a batch follows. Stands between batches and the curriculum feature, so that batches lean
 * on its public operations only.
 */
@Stateless
public class Curricula {

    /** The curriculum columns of {@link BatchView} and the join they need. */
    static final String VIEW_COLUMNS = "cast(null as Long), cast(null as Integer)";
    static final String VIEW_JOIN = "";

    /** Sets the version {@code batch} follows and marks it in use. */
    public void follow(Batch batch, long projectId, Long curriculumId) {
    }
}
