/**
 * Pages for participants (with their guardians' consent), a project's batches and rosters, and importing participants
 * into a batch from a file. The rules live in {@code org.healthedu.enrolment}; these beans only show and ask.
 */
package org.healthedu.web.enrolment;
