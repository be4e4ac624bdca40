package org.healthedu.account;

import java.lang.reflect.Field;
import org.healthedu.organisation.OrganisationUnit;

/** Builds accounts as the persistence layer would (accounts are made by SQL and the bootstrap, not by code). */
public final class Accounts {

    private Accounts() {
    }

    public static Account account(long id, Role role, OrganisationUnit unit) {
        try {
            var constructor = Account.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Account account = constructor.newInstance();
            set(account, "id", id);
            set(account, "username", "user" + id);
            set(account, "displayName", "用户" + id);
            set(account, "role", role);
            set(account, "unit", unit);
            return account;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot build an account", e);
        }
    }

    public static Account inactive(Account account) {
        set(account, "active", false);
        return account;
    }

    private static void set(Account account, String name, Object value) {
        try {
            Field field = Account.class.getDeclaredField(name);
            field.setAccessible(true);
            field.set(account, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot set " + name, e);
        }
    }
}
