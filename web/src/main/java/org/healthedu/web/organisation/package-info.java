/** The pages of the organisation hierarchy: the lazy unit tree with its dialogs and sites, and the unit import. */
package org.healthedu.web.organisation;
