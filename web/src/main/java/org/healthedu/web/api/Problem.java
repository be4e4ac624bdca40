package org.healthedu.web.api;

/**
 * An RFC 9457 problem body. {@code type} is stable per kind of failure, {@code code} is the message key (stable per
 * rule), {@code detail} is translated for the caller's Accept-Language, {@code field} names the input at fault.
 */
public record Problem(String type, String title, int status, String detail, String code, String field) {
}
