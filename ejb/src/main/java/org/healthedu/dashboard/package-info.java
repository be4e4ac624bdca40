/**
 * Attendance across sites: a project's dashboard of sessions, attendance rates, people at risk, curriculum gaps and
 * sessions without a roll, within the viewer's scope, aggregated in SQL by a fixed number of queries.
 */
package org.healthedu.dashboard;
