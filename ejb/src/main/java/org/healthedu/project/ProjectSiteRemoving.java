package org.healthedu.project;

/**
 * A site is about to leave a project (fired synchronously, inside the same transaction, before the row goes): a
 * feature whose records still need the project site, such as its batches, refuses here with a broken rule, and
 * nothing is removed.
 */
public record ProjectSiteRemoving(long projectId, long projectSiteId) {
}
