package org.healthedu.privacy;

import java.util.List;

/**
 * Why a participant's personal data is erased (the request: by whom, in what form); kept in the audit trail.
 * {@code files}: ids of uploaded files, among those the export lists as possibly showing the person, that someone
 * checked and found to show them; their content is removed with the erasure (null or empty: none).
 */
public record ErasureRequest(String reason, List<Long> files) {
}
