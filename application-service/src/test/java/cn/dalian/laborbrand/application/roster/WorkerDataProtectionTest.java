package cn.dalian.laborbrand.application.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkerDataProtectionTest {

    private static final String K1 = key("k1-roster-key-for-tests-only-000");
    private static final String K2 = key("k2-roster-key-for-tests-only-000");
    private static final String HMAC = key("hmac-key-for-tests-only-00000000");

    @Test
    void aValueIsEncryptedWithAFreshIvEachTimeAndReadBack() {
        WorkerDataProtection protection = new WorkerDataProtection(Map.of("k1", K1), "k1", HMAC);

        byte[] once = protection.encrypt("210211199003071235");
        byte[] twice = protection.encrypt("210211199003071235");

        assertThat(once).isNotEqualTo(twice);
        assertThat(new String(once, StandardCharsets.ISO_8859_1)).doesNotContain("210211199003071235");
        assertThat(protection.decrypt(once)).isEqualTo("210211199003071235");
    }

    @Test
    void afterRotationNewValuesUseTheNewKeyAndOldValuesStayReadable() {
        byte[] underK1 = new WorkerDataProtection(Map.of("k1", K1), "k1", HMAC).encrypt("王建国");
        WorkerDataProtection rotated = new WorkerDataProtection(Map.of("k1", K1, "k2", K2), "k2", HMAC);

        assertThat(WorkerDataProtection.keyIdOf(rotated.encrypt("李秀英"))).isEqualTo("k2");
        assertThat(rotated.decrypt(underK1)).isEqualTo("王建国");
    }

    @Test
    void aValueUnderAKeyNoLongerConfiguredCannotBeReadAndSaysWhy() {
        byte[] underK1 = new WorkerDataProtection(Map.of("k1", K1), "k1", HMAC).encrypt("王建国");

        assertThatThrownBy(() -> new WorkerDataProtection(Map.of("k2", K2), "k2", HMAC).decrypt(underK1)).hasMessageContaining("k1");
    }

    @Test
    void theMatchingHashIsTheSameForOnePersonWhicheverKeyEncrypts() {
        byte[] before = new WorkerDataProtection(Map.of("k1", K1), "k1", HMAC).matchingHash("210211199003071235");
        byte[] after = new WorkerDataProtection(Map.of("k1", K1, "k2", K2), "k2", HMAC).matchingHash("210211199003071235");

        assertThat(before).hasSize(32).isEqualTo(after);
    }

    @Test
    void aShortKeyIsRefusedAtStart() {
        assertThatThrownBy(() -> new WorkerDataProtection(Map.of("k1", key("short")), "k1", HMAC)).hasMessageContaining("32 bytes");
    }

    private static String key(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}
