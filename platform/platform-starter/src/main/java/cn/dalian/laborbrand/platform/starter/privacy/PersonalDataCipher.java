package cn.dalian.laborbrand.platform.starter.privacy;

import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;

/**
 * Encrypts personal data (phones, bank accounts, ID numbers) before it is stored and decrypts it when read:
 * AES-256-GCM with a random IV per value (Spring Security's {@link Encryptors#delux}), the key derived from
 * {@code laborbrand.privacy.key}. A copy of the database alone reveals none of it.
 */
public final class PersonalDataCipher {

    private final TextEncryptor encryptor;

    PersonalDataCipher(String key, String salt) {
        this.encryptor = Encryptors.delux(key, salt);
    }

    public String encrypt(String plain) {
        return plain == null ? null : encryptor.encrypt(plain);
    }

    public String decrypt(String stored) {
        return stored == null ? null : encryptor.decrypt(stored);
    }
}
