package org.healthedu.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** One person besides the lead trainer at a session, and how they are there. */
@Embeddable
public class SessionStaff implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StaffRole role;

    protected SessionStaff() {
    }

    public SessionStaff(long accountId, StaffRole role) {
        this.accountId = accountId;
        this.role = role;
    }

    public long accountId() {
        return accountId;
    }

    public StaffRole role() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionStaff that && accountId.equals(that.accountId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId);
    }
}
