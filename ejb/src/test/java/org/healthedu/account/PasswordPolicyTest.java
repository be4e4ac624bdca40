package org.healthedu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.healthedu.shared.DomainException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static void refused(String password, String code) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "li.hua", "李华 Hua", "newPassword"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(code);
                    assertThat(e.field()).isEqualTo("newPassword");
                });
    }

    private static void accepted(String password) {
        assertThatCode(() -> PasswordPolicy.check(password, "li.hua", "李华 Hua", "newPassword"))
                .doesNotThrowAnyException();
    }

    @Test
    void twelveCodePointsIsTheMinimumCountedAsPeopleSeeThem() {
        refused("short pass1", "auth.password.tooShort");          // 11 characters
        accepted("short pass12");                                   // 12
        // Eleven Chinese characters and one emoji outside the BMP: 12 code points, 13 UTF-16 units.
        accepted("我的密码很长而且很好记😀");
        refused("我的密码很长而且好记😀", "auth.password.tooShort"); // 11 code points, 12 UTF-16 units
        refused("", "auth.password.required");
        refused(null, "auth.password.required");
    }

    @Test
    void upTo128CharactersOfAnyKindWithoutCompositionRules() {
        accepted("a".repeat(127) + "b");
        refused("a".repeat(129), "auth.password.tooLong");
        accepted("all lower case words only");      // no digit, no symbol, no capital: fine
        accepted("     spaces   are fine   ");
        accepted("密码可以是任何中文句子吧");
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(PasswordPolicy.commonCount()).isGreaterThanOrEqualTo(10_000);
        refused("masturbation", "auth.password.common");
        refused("MotherFucker", "auth.password.common");
        refused("Unbelievable", "auth.password.common");
    }

    @Test
    void theUsernameAndTheDisplayNameAreRefused() {
        assertThatThrownBy(() -> PasswordPolicy.check("Li.Hua.Account", "li.hua.account", "x", "newPassword"))
                .hasMessageContaining("auth.password.sameAsUsername");
        assertThatThrownBy(() -> PasswordPolicy.check("ZhangWei Teacher", "zw", "zhangwei teacher", "p"))
                .hasMessageContaining("auth.password.sameAsName");
        accepted("li.hua likes long walks");
    }
}
