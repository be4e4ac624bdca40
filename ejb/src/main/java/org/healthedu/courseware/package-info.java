/**
 * Courseware (课件): the material of one lesson of a project's curriculum at one project site, in versions, each with
 * uploaded files and video links and a status in the approval workflow of the source (讲师组全体讨论修改报管理组确认后定稿):
 * the lecturer group drafts and discusses it, its leader sends it to the management group, which approves it (the
 * version is then locked and becomes the current one) or returns it with a comment; work goes on in a new version.
 * Every step and comment is kept as history. Who may do what comes from the site's trainer groups. Leans on
 * {@code project} (project sites, a closed project is read-only), {@code curriculum} (lessons and their lineage across
 * curriculum versions), {@code training} (trainer groups), {@code file} (files stored in PostgreSQL), {@code account} and
 * {@code shared}.
 */
package org.healthedu.courseware;
