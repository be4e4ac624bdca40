/**
 * Page actions of a participant's privacy rights on the participants page: export (JSON, PDF in Chinese or English)
 * and erasure with a reason, through {@code org.healthedu.privacy}.
 */
package org.healthedu.web.privacy;
