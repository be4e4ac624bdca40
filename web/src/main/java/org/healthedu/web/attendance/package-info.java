/**
 * The roll call of a session in the web layer: the phone-first roll-call page and how a roll-call conflict is told to
 * the trainer. Leans on {@code org.healthedu.attendance} (rules, queries) and {@code org.healthedu.session}.
 */
package org.healthedu.web.attendance;
