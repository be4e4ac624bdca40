/**
 * Participants (学员: parents, students, peer educators), the guardian consent a minor needs, batches (批次: a cohort
 * of a project at a project site following one curriculum version) and enrolments (报名) with their history (moved,
 * withdrawn), and the import of participants from a file into a batch. Minors' data is kept minimal: no phone under
 * 18, consent under 14, and a withdrawn consent blanks the person while the counts stay. Leans on {@code organisation}
 * (units, sites, scope paths), {@code project} (projects, project sites), {@code training} and {@code curriculum} (who
 * sees a roster, which curriculum a batch follows), {@code account} (the caller) and {@code shared}.
 */
package org.healthedu.enrolment;
