package org.healthedu.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.healthedu.organisation.OrganisationUnit;

/** Someone who signs in. The password is only ever stored as a PBKDF2 hash, checked by the identity store. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrganisationUnit unit;

    @Column(nullable = false, length = 8)
    private UiLocale locale = UiLocale.ZH_CN;

    @Column(nullable = false)
    private boolean active = true;

    /** Set by an administrator's reset: the next sign-in must choose a new password before anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Sessions that signed in before this are over: a password change or reset signs out everywhere. */
    @Column(name = "credentials_changed_at", nullable = false)
    private Instant credentialsChangedAt = Instant.now();

    /** The TOTP shared secret, encrypted by the application; null when no second factor is set up. */
    @Column(name = "totp_secret")
    private byte[] totpSecret;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    /** The last 30-second step whose code was accepted: the same code cannot be used twice. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Version
    private long version;

    protected Account() {
    }

    /**
     * A new account made by an administrator or coordinator: its password is a temporary one that the owner must
     * change at the first sign-in.
     */
    public Account(String username, String displayName, Role role, OrganisationUnit unit, String temporaryHash,
            Instant at) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.unit = unit;
        this.passwordHash = temporaryHash;
        this.mustChangePassword = true;
        this.credentialsChangedAt = at;
    }

    public void changeLocale(UiLocale newLocale) {
        this.locale = newLocale;
    }

    /** A new password hash chosen by the account's owner: sessions elsewhere end, no change is forced any more. */
    public void changePassword(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.credentialsChangedAt = at;
    }

    /** A password set by somebody else (an administrator's reset): sessions end and the owner must change it. */
    public void resetPassword(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        this.credentialsChangedAt = at;
    }

    /** Ends every session of this account without changing the password. */
    public void endSessions(Instant at) {
        this.credentialsChangedAt = at;
    }

    public void enableSecondFactor(byte[] encryptedSecret, Instant at) {
        this.totpSecret = encryptedSecret;
        this.totpEnabledAt = at;
        this.totpLastStep = null;
    }

    public void disableSecondFactor() {
        this.totpSecret = null;
        this.totpEnabledAt = null;
        this.totpLastStep = null;
    }

    /** Records the accepted code's time step; false when that step (or a later one) was already used. */
    public boolean useSecondFactorStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        this.totpLastStep = step;
        return true;
    }

    public void changeRole(Role newRole) {
        this.role = newRole;
    }

    public void moveTo(OrganisationUnit newUnit) {
        this.unit = newUnit;
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant credentialsChangedAt() {
        return credentialsChangedAt;
    }

    public byte[] totpSecret() {
        return totpSecret;
    }

    public Instant totpEnabledAt() {
        return totpEnabledAt;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public OrganisationUnit unit() {
        return unit;
    }

    public boolean isActive() {
        return active;
    }
}
