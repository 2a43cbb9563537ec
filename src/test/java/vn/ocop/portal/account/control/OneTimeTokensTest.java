package vn.ocop.portal.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.ocop.portal.account.entity.Account;
import vn.ocop.portal.account.entity.AccountToken;
import vn.ocop.portal.account.entity.Role;

class OneTimeTokensTest {

    @Test
    void tokensAre32RandomBytesAndOnlyTheirHashIsKept() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = OneTimeTokens.newToken();
            assertThat(OneTimeTokens.looksValid(token)).isTrue();
            tokens.add(token);
        }
        assertThat(tokens).hasSize(100);
        String token = tokens.iterator().next();
        assertThat(OneTimeTokens.hash(token)).hasSize(64).isEqualTo(OneTimeTokens.hash(token)).doesNotContain(token);
        assertThat(OneTimeTokens.looksValid("short")).isFalse();
        assertThat(OneTimeTokens.looksValid(token.substring(1) + "=")).isFalse();
        assertThat(OneTimeTokens.looksValid(null)).isFalse();
    }

    @Test
    void aLinkWorksOnceWithinSeventyTwoHoursForAnEnabledAccount() {
        Instant sent = Instant.parse("2026-11-25T02:00:00Z");
        Account account = new Account("lan", "lan@example.vn", Role.COMMERCE, null, sent);
        AccountToken link = new AccountToken(account, OneTimeTokens.hash(OneTimeTokens.newToken()), AccountToken.Purpose.INVITE, sent);

        assertThat(link.isUsableAt(sent.plus(Duration.ofHours(71)))).isTrue();
        assertThat(link.isUsableAt(sent.plus(Duration.ofHours(72)))).isFalse();
        assertThat(link.isExpiredAt(sent.plus(Duration.ofHours(72)))).isTrue();
        account.disable();
        assertThat(link.isUsableAt(sent.plusSeconds(60))).isFalse();
        account.enable();
        link.useAt(sent.plusSeconds(60));
        assertThat(link.isUsed()).isTrue();
        assertThat(link.isUsableAt(sent.plusSeconds(120))).isFalse();
    }
}
