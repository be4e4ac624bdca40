package org.healthedu.training;

import java.io.Serializable;
import org.healthedu.account.Role;

/**
 * A trainer's profile: the account's name, role and unit, and what they shared (contact, qualifications).
 * {@code version} is null until the profile is first saved.
 */
public record TrainerProfileView(long accountId, String username, String displayName, Role role, String unitNameZh,
        String phone, String email, String qualifications, Long version) implements Serializable {
}
