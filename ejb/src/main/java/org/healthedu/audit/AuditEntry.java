package org.healthedu.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One security event to record. Built fluently: {@code AuditEntry.of(AuditKind.LOGIN_FAILED).actor(null, "ana")
 * .from(address).detail("reason", "password")}. Details are short facts (ids, codes, counts, old and new role), never
 * a password, a token or a participant's personal data.
 */
public final class AuditEntry {

    private final AuditKind kind;
    private Long actorId;
    private String actorUsername;
    private String sourceAddress;
    private String unitPath;
    private String targetType;
    private Long targetId;
    private final Map<String, Object> details = new LinkedHashMap<>();

    private AuditEntry(AuditKind kind) {
        this.kind = kind;
    }

    public static AuditEntry of(AuditKind kind) {
        return new AuditEntry(kind);
    }

    /** Who did it: the account's id when known, and the username (as typed, for a failed sign-in). */
    public AuditEntry actor(Long accountId, String username) {
        this.actorId = accountId;
        this.actorUsername = username == null ? null : truncate(username, 60);
        return this;
    }

    /** The client's address (the request's remote address, as the server sees it). */
    public AuditEntry from(String address) {
        this.sourceAddress = address == null ? null : truncate(address, 64);
        return this;
    }

    /** The organisation unit path the event concerns, for scoped browsing (e.g. {@code /1/2/5/}). */
    public AuditEntry unit(String path) {
        this.unitPath = path;
        return this;
    }

    /** What it was done to: a type name ({@code account}, {@code participant}, {@code report}) and its id. */
    public AuditEntry target(String type, Long id) {
        this.targetType = type;
        this.targetId = id;
        return this;
    }

    public AuditEntry detail(String name, Object value) {
        details.put(name, value);
        return this;
    }

    public AuditKind kind() {
        return kind;
    }

    public Long actorId() {
        return actorId;
    }

    public String actorUsername() {
        return actorUsername;
    }

    public String sourceAddress() {
        return sourceAddress;
    }

    public String unitPath() {
        return unitPath;
    }

    public String targetType() {
        return targetType;
    }

    public Long targetId() {
        return targetId;
    }

    public Map<String, Object> details() {
        return java.util.Collections.unmodifiableMap(details);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
