/** Guidance notes on a session: the include-able panel and its standalone page (session/guidance.xhtml). */
package org.healthedu.web.guidance;
