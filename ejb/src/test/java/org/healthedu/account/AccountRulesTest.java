package org.healthedu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.healthedu.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRulesTest {

    private static Caller caller(Role role) {
        return new Caller(1, "me", "Me", role, 5, "/1/5/", "江苏", "Jiangsu", UiLocale.ZH_CN);
    }

    @Test
    void aCoordinatorGivesRolesUpToTheirOwnAndAnAdminAnyButHost() {
        for (Role role : new Role[] {Role.COORDINATOR, Role.TRAINER, Role.OBSERVER}) {
            assertThatCode(() -> AccountAdminService.requireRoleAllowed(caller(Role.COORDINATOR), role))
                    .doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> AccountAdminService.requireRoleAllowed(caller(Role.COORDINATOR), Role.ADMIN))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
                    assertThat(e.messageKey()).isEqualTo("accounts.role.notAllowed");
                });
        for (Role role : new Role[] {Role.ADMIN, Role.COORDINATOR, Role.TRAINER, Role.OBSERVER}) {
            assertThatCode(() -> AccountAdminService.requireRoleAllowed(caller(Role.ADMIN), role))
                    .doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> AccountAdminService.requireRoleAllowed(caller(Role.ADMIN), Role.HOST))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.role.host"));
        assertThatThrownBy(() -> AccountAdminService.requireRoleAllowed(caller(Role.ADMIN), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.role.required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana", "wuxi.coord", "trainer_01", "a-b", "abc456789012345678901234567890123456789012345678901234567890"})
    void usernamesThatAreAccepted(String name) {
        assertThat(AccountAdminService.USERNAME.matcher(name).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", ".ana", "Ana", "an a", "张三", "ana@x", "a;drop", "abcd4567890123456789012345678901234567890123456789012345678901"})
    void usernamesThatAreRefused(String name) {
        assertThat(AccountAdminService.USERNAME.matcher(name).matches()).isFalse();
    }

    @Test
    void temporaryPasswordsAreLongRandomAndUnambiguous() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = TemporaryPasswords.generate();
            assertThat(password).hasSize(16).doesNotContain("0", "O", "1", "l", "I");
            assertThat(seen.add(password)).isTrue();
        }
    }
}
