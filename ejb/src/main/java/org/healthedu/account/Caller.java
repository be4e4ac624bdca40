package org.healthedu.account;

import java.io.Serializable;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.UnitPath;
import org.healthedu.shared.DomainException;

/**
 * Who is asking: their account, role and the unit whose subtree is their scope. The checks here are the single place
 * where scope rules live; services call them before touching anything.
 */
public record Caller(long accountId, String username, String displayName, Role role, long unitId, String unitPath,
        String unitNameZh, String unitNameEn, UiLocale locale) implements Serializable {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Whether a unit with this path is inside the caller's scope. */
    public boolean covers(String path) {
        return isAdmin() || UnitPath.isWithin(path, unitPath);
    }

    /** The LIKE pattern of the caller's scope, for queries (an admin's covers every path). */
    public String scopePattern() {
        return isAdmin() ? "/%" : UnitPath.subtreePattern(unitPath);
    }

    public void requireCovers(OrganisationUnit unit) {
        if (!covers(unit.path())) {
            throw DomainException.forbidden();
        }
    }

    /** Whether the caller may manage what a unit with this path owns: an admin, or a coordinator in scope. */
    public boolean canManage(String path) {
        return (isAdmin() || role == Role.COORDINATOR) && covers(path);
    }

    /** May change the hierarchy at and below {@code unit}: an admin, or a coordinator in scope. */
    public void requireCanManage(OrganisationUnit unit) {
        if (!canManage(unit.path())) {
            throw DomainException.forbidden();
        }
    }

    /**
     * May move or deactivate {@code unit}: as {@link #requireCanManage}, but a coordinator's own unit is out of reach
     * (moving it would take their scope with it).
     */
    public void requireCanRestructure(OrganisationUnit unit) {
        requireCanManage(unit);
        if (!isAdmin() && unit.id() == unitId) {
            throw DomainException.forbidden();
        }
    }
}
