/**
 * The peer-education cascade: participants who completed a host training are certified as peer-education hosts
 * (同伴教育主持人) for a site, get a limited {@code HOST} account by a one-time invitation, and plan and run peer
 * sessions counted by headcount under a supervising teacher. Leans on {@code feedback} for the peer sessions' public
 * feedback link and form (the same as training sessions', answered on the students' form).
 */
package org.healthedu.cascade;
