/**
 * The audit trail: security events (sign-ins, failures, lock-outs, password, role and account changes, exports and
 * erasures of personal data) in an append-only log ({@link org.healthedu.audit.AuditLog}), and the history of changes
 * to the records people are accountable for. Leans on {@code account} (who) and {@code organisation} (whose scope).
 */
package org.healthedu.audit;
