package org.healthedu.privacy;

/** Why a participant's personal data is erased (the request: by whom, in what form); kept in the audit trail. */
public record ErasureRequest(String reason) {
}
