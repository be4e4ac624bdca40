package org.healthedu.project;

/**
 * A site has just joined a project (fired synchronously, inside the same transaction): features that keep something
 * per project site, such as its trainer groups, set it up here without the project package knowing them.
 */
public record ProjectSiteAdded(long projectId, long projectSiteId) {
}
