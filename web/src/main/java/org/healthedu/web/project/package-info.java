/** The pages of projects: the list with its filters, creation, and the status workflow. */
package org.healthedu.web.project;
