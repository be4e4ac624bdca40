package org.healthedu.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialTest {

    private static String basic(String raw) {
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUsernameAndPasswordSplitAtTheFirstColon() {
        UsernamePasswordCredential credential = AppAuthenticationMechanism.basicCredential(basic("wuxi.coord:a:b"));
        assertThat(credential.getCaller()).isEqualTo("wuxi.coord");
        assertThat(credential.getPasswordAsString()).isEqualTo("a:b");
    }

    @Test
    void readsUtf8AndIgnoresTheSchemeCase() {
        UsernamePasswordCredential credential = AppAuthenticationMechanism.basicCredential(
                basic("协调员:密码").replace("Basic", "basic"));
        assertThat(credential.getCaller()).isEqualTo("协调员");
        assertThat(credential.getPasswordAsString()).isEqualTo("密码");
    }

    @Test
    void anythingElseIsNoCredentialAtAll() {
        assertThat(AppAuthenticationMechanism.basicCredential(null)).isNull();
        assertThat(AppAuthenticationMechanism.basicCredential("Bearer abc")).isNull();
        assertThat(AppAuthenticationMechanism.basicCredential("Basic !!!not-base64")).isNull();
        assertThat(AppAuthenticationMechanism.basicCredential(basic("no-colon"))).isNull();
        assertThat(AppAuthenticationMechanism.basicCredential(basic(":password-without-user"))).isNull();
    }
}
