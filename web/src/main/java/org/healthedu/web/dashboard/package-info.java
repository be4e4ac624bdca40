/** The attendance dashboard page (session/dashboard.xhtml) with the project's completion rule and certificates. */
package org.healthedu.web.dashboard;
