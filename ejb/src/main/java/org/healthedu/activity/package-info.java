/**
 * Activities counted by headcount (讲座、咨询、集中宣传、志愿服务、走访): logged with a total and optional breakdowns
 * instead of a roster, and the reach figures that keep unique people trained, contacts and people reached apart.
 * Leans on {@code organisation} (units, sites, scope), {@code project} (period), {@code file} (evidence) and reads
 * attendance ({@code session_tally}) for the figures.
 */
package org.healthedu.activity;
