package org.healthedu.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.healthedu.audit.AuditEntry;
import org.healthedu.audit.AuditKind;
import org.healthedu.audit.AuditLog;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Page;
import org.healthedu.shared.Persistence;

/**
 * Account administration: an admin manages every account; a coordinator the accounts of their unit's subtree, in roles
 * no higher than their own. Hosts are made by invitation only ({@code cascade.HostService}), never here. Every change
 * is recorded in the audit log with the target account's unit path.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class AccountAdminService {

    /** Lower-case letters, digits, dot, dash and underscore; starts with a letter or digit. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    static final int DISPLAY_NAME_MAX = 100;

    private static final String VIEW = """
            select new org.healthedu.account.AccountView(a.id, a.username, a.displayName, a.role, u.id, u.code,
                   u.nameZh, u.nameEn, u.path, a.active, a.mustChangePassword,
                   case when a.totpSecret is not null then true else false end)
            from Account a join a.unit u
            """;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditLog auditLog;

    @PersistenceContext
    private EntityManager em;

    /** The accounts in the caller's scope, by username, a page at a time. */
    public Page<AccountView> list(AccountFilter filter, int offset, int limit) {
        Caller caller = currentCaller.get();
        AccountFilter f = filter == null ? AccountFilter.none() : filter;
        String scope = caller.scopePattern();
        if (f.unitId() != null) {
            OrganisationUnit unit = unitInScope(caller, f.unitId());
            scope = unit.path() + "%";
        }
        StringBuilder where = new StringBuilder(" where u.path like :scope");
        String text = f.text() == null || f.text().isBlank() ? null : Persistence.containsPattern(f.text());
        if (text != null) {
            where.append(" and (lower(a.username) like :text escape '\\' or lower(a.displayName) like :text"
                    + " escape '\\')");
        }
        if (f.role() != null) {
            where.append(" and a.role = :role");
        }
        if (f.active() != null) {
            where.append(" and a.active = :active");
        }
        TypedQuery<Long> count = em.createQuery("select count(a) from Account a join a.unit u" + where, Long.class);
        TypedQuery<AccountView> items = em.createQuery(VIEW + where + " order by a.username", AccountView.class);
        for (TypedQuery<?> q : List.of(count, items)) {
            q.setParameter("scope", scope);
            if (text != null) {
                q.setParameter("text", text);
            }
            if (f.role() != null) {
                q.setParameter("role", f.role());
            }
            if (f.active() != null) {
                q.setParameter("active", f.active());
            }
        }
        List<AccountView> page = items.setFirstResult(Page.clampOffset(offset)).setMaxResults(Page.clampLimit(limit))
                .getResultList();
        return new Page<>(page, count.getSingleResult(), Page.clampOffset(offset), Page.clampLimit(limit));
    }

    public AccountView get(long id) {
        return view(accountInScope(currentCaller.get(), id));
    }

    /** A new account with a one-time temporary password (to be changed at the first sign-in). */
    public IssuedPassword create(AccountDraft draft, String from) {
        Caller caller = currentCaller.get();
        if (draft == null) {
            throw DomainException.invalid("username", "accounts.username.invalid");
        }
        String username = draft.username() == null ? "" : draft.username().strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw DomainException.invalid("username", "accounts.username.invalid");
        }
        String displayName = requireDisplayName(draft.displayName());
        requireRoleAllowed(caller, draft.role());
        if (draft.unitId() == null) {
            throw DomainException.invalid("unitId", "accounts.unit.required");
        }
        OrganisationUnit unit = unitInScope(caller, draft.unitId());
        if (em.createQuery("select count(a) from Account a where lower(a.username) = :name", Long.class)
                .setParameter("name", username).getSingleResult() > 0) {
            throw DomainException.conflict("username", "accounts.username.taken");
        }
        String temporary = TemporaryPasswords.generate();
        Account account = new Account(username, displayName, draft.role(), unit,
                PasswordHashes.hash(temporary.toCharArray()), Instant.now());
        em.persist(account);
        em.flush();
        audit(caller, AuditKind.ACCOUNT_CREATED, account, from, "role", draft.role().name(), "unitId", unit.id());
        return new IssuedPassword(view(account), temporary);
    }

    /** A new role, unit or display name; the caller's own role and unit stay as they are. */
    public AccountView change(long id, AccountChanges changes, String from) {
        Caller caller = currentCaller.get();
        Account account = accountInScope(caller, id);
        if (changes == null) {
            return view(account);
        }
        boolean self = account.id() == caller.accountId();
        if (changes.displayName() != null) {
            account.rename(requireDisplayName(changes.displayName()));
        }
        AuditEntry roleChange = null;
        if (changes.role() != null && changes.role() != account.role()) {
            if (self) {
                throw selfRefused("role");
            }
            if (account.role() == Role.HOST) {
                throw DomainException.invalid("role", "accounts.role.host");
            }
            requireRoleAllowed(caller, changes.role());
            roleChange = entry(caller, AuditKind.ROLE_CHANGED, account, from)
                    .detail("from", account.role().name()).detail("to", changes.role().name());
            account.changeRole(changes.role());
        }
        AuditEntry scopeChange = null;
        if (changes.unitId() != null && !changes.unitId().equals(account.unit().id())) {
            if (self && !caller.isAdmin()) {
                throw selfRefused("unitId");
            }
            OrganisationUnit unit = unitInScope(caller, changes.unitId());
            scopeChange = entry(caller, AuditKind.SCOPE_CHANGED, account, from)
                    .detail("fromUnitId", account.unit().id()).detail("fromUnitPath", account.unit().path())
                    .detail("toUnitId", unit.id()).detail("toUnitPath", unit.path());
            account.moveTo(unit);
        }
        em.flush();
        if (roleChange != null) {
            auditLog.record(roleChange.unit(account.unit().path()));
        }
        if (scopeChange != null) {
            auditLog.record(scopeChange.unit(account.unit().path()));
        }
        return view(account);
    }

    public AccountView deactivate(long id, String from) {
        return setActive(id, false, from);
    }

    public AccountView reactivate(long id, String from) {
        return setActive(id, true, from);
    }

    /**
     * A new temporary password, shown once: the old one stops working, every session of the account ends, and the
     * owner must choose a new one at the next sign-in.
     */
    public IssuedPassword resetPassword(long id, String from) {
        Caller caller = currentCaller.get();
        Account account = accountInScope(caller, id);
        if (account.id() == caller.accountId()) {
            throw selfRefused(null);
        }
        String temporary = TemporaryPasswords.generate();
        account.resetPassword(PasswordHashes.hash(temporary.toCharArray()), Instant.now());
        em.flush();
        audit(caller, AuditKind.PASSWORD_RESET, account, from);
        return new IssuedPassword(view(account), temporary);
    }

    private AccountView setActive(long id, boolean active, String from) {
        Caller caller = currentCaller.get();
        Account account = accountInScope(caller, id);
        if (account.id() == caller.accountId()) {
            throw selfRefused(null);
        }
        if (account.isActive() == active) {
            return view(account);
        }
        if (active) {
            account.reactivate();
        } else {
            account.deactivate();
            account.endSessions(Instant.now());
        }
        em.flush();
        audit(caller, active ? AuditKind.ACCOUNT_REACTIVATED : AuditKind.ACCOUNT_DEACTIVATED, account, from);
        return view(account);
    }

    /** A coordinator gives no role above their own, never ADMIN; nobody makes a HOST here (invitations do). */
    static void requireRoleAllowed(Caller caller, Role role) {
        if (role == null) {
            throw DomainException.invalid("role", "accounts.role.required");
        }
        if (role == Role.HOST) {
            throw DomainException.invalid("role", "accounts.role.host");
        }
        if (!caller.isAdmin() && (role == Role.ADMIN || role.ordinal() < caller.role().ordinal())) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "accounts.role.notAllowed", "role");
        }
    }

    private static DomainException selfRefused(String field) {
        return new DomainException(DomainException.Kind.FORBIDDEN, "accounts.self", field);
    }

    private static String requireDisplayName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > DISPLAY_NAME_MAX) {
            throw DomainException.invalid("displayName", "accounts.displayName.invalid", DISPLAY_NAME_MAX);
        }
        return name;
    }

    /** The account, when the caller may manage it: in scope, and (for a coordinator) not an admin. */
    private Account accountInScope(Caller caller, long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw DomainException.notFound("accounts.notFound");
        }
        if (!caller.covers(account.unit().path()) || (!caller.isAdmin() && account.role() == Role.ADMIN)) {
            throw DomainException.forbidden();
        }
        return account;
    }

    private OrganisationUnit unitInScope(Caller caller, long unitId) {
        OrganisationUnit unit = em.find(OrganisationUnit.class, unitId);
        if (unit == null) {
            throw DomainException.invalid("unitId", "accounts.unit.unknown");
        }
        if (!caller.covers(unit.path())) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "accounts.unit.outOfScope", "unitId");
        }
        return unit;
    }

    private AccountView view(Account a) {
        OrganisationUnit u = a.unit();
        return new AccountView(a.id(), a.username(), a.displayName(), a.role(), u.id(), u.code(), u.nameZh(),
                u.nameEn(), u.path(), a.isActive(), a.mustChangePassword(), a.hasSecondFactor());
    }

    private AuditEntry entry(Caller caller, AuditKind kind, Account account, String from) {
        return AuditEntry.of(kind).actor(caller.accountId(), caller.username()).from(from)
                .target("account", account.id()).detail("username", account.username());
    }

    /** Records the event now, in its own transaction, with the target account's unit path. */
    private void audit(Caller caller, AuditKind kind, Account account, String from, Object... details) {
        AuditEntry entry = entry(caller, kind, account, from).unit(account.unit().path());
        for (int i = 0; i + 1 < details.length; i += 2) {
            entry.detail((String) details[i], details[i + 1]);
        }
        auditLog.record(entry);
    }
}
