package org.healthedu.checkin;

import java.io.Serializable;

/**
 * One expected person as the public check-in page lists them: a masked name and an opaque token to pick them by
 * (it names the person only to the server, and only for this session and code). Nothing else, ever.
 */
public record CheckInPerson(String token, String name) implements Serializable {
}
