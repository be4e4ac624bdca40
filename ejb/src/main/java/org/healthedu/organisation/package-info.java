/**
 * The association hierarchy (national down to community, plus organisation-based associations such as universities)
 * and the sites where training happens. Every other feature scopes its data by a unit's subtree, matched by the
 * materialised {@code path} of ids. Leans on {@code account} for the caller and on {@code shared}.
 */
package org.healthedu.organisation;
