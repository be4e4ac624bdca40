/**
 * Curricula (课程方案): ordered segments (环节) grouped into ordered lessons (课). Templates are shipped with the product
 * or made by a unit for its subtree; a project adopts one as its own curriculum, kept in versions — a version a batch
 * follows ({@code in_use}) is history and never rewritten, so an edit then makes the next version. Lessons keep a
 * lineage id across a project's versions (for courseware). Leans on {@code project}, {@code organisation},
 * {@code training} (management-group members edit their project's curriculum), {@code account} and {@code shared}.
 */
package org.healthedu.curriculum;
