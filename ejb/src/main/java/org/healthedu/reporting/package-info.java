/**
 * Reporting: indicator figures computed from the data (never typed) per unit, period and project, rolled up the
 * hierarchy and set against each target allocation; completion reports (项目总结报告) that units prepare, freeze at
 * submission and send up for review; their exports (PDF, XLSX, JSON, DHIS2 data value sets, ADX) and the project
 * dashboard. Reads the other features through queries (sessions, attendance tallies, enrolments, feedback,
 * activities, peer sessions, fund use); nothing else reads reporting.
 */
package org.healthedu.reporting;
