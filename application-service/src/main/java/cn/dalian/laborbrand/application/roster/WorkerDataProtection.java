package cn.dalian.laborbrand.application.roster;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Workers' personal data at rest: names, ID numbers and phones encrypted with AES-256-GCM under a key named by its id
 * (stored with each value, so that a new key can be made current while values under older keys stay readable), and
 * an HMAC-SHA256 of the ID number, under a key of its own, to find the same person across rosters without decrypting.
 * Ciphers are kept per thread: a roster of a million rows encrypts three million values.
 */
public final class WorkerDataProtection {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKeySpec> keys = new HashMap<>();
    private final String currentKey;
    private final byte[] currentKeyId;
    private final SecretKeySpec hmacKey;
    /** One generator per thread: a shared one serialises a million IVs on its lock. */
    private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(SecureRandom::new);
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> newInstance("AES/GCM/NoPadding", Cipher::getInstance));
    private final ThreadLocal<Mac> macs;

    /**
     * @param keys       AES-256 keys by id, each 32 bytes in Base64
     * @param currentKey the id of the key new values are encrypted with
     * @param hmacKey    the matching key, at least 32 bytes in Base64; changing it breaks matching with stored rows
     */
    public WorkerDataProtection(Map<String, String> keys, String currentKey, String hmacKey) {
        keys.forEach((id, key) -> this.keys.put(id, new SecretKeySpec(decode(key, 32, "key " + id), "AES")));
        if (!this.keys.containsKey(currentKey)) {
            throw new IllegalArgumentException("the current roster key " + currentKey + " is not among the keys " + keys.keySet());
        }
        if (currentKey.length() > 16) {
            throw new IllegalArgumentException("a roster key id has at most 16 characters: " + currentKey);
        }
        this.currentKey = currentKey;
        this.currentKeyId = currentKey.getBytes(StandardCharsets.US_ASCII);
        this.hmacKey = new SecretKeySpec(decode(hmacKey, 32, "HMAC key"), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> newInstance("HmacSHA256", algorithm -> {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(this.hmacKey);
            return mac;
        }));
    }

    /** The value encrypted under the current key: key id length, key id, IV, cipher text with its tag. */
    public byte[] encrypt(String plain) {
        byte[] iv = new byte[IV_BYTES];
        random.get().nextBytes(iv);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKey), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + currentKeyId.length + IV_BYTES + sealed.length).put((byte) currentKeyId.length).put(currentKeyId)
                    .put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a roster value", e);
        }
    }

    public String decrypt(byte[] stored) {
        int idLength = stored[0];
        String keyId = new String(stored, 1, idLength, StandardCharsets.US_ASCII);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("roster value under key " + keyId + ", which is no longer configured");
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1 + idLength, IV_BYTES));
            int start = 1 + idLength + IV_BYTES;
            return new String(cipher.doFinal(stored, start, stored.length - start), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt a roster value", e);
        }
    }

    /** The key id a stored value was encrypted under. */
    public static String keyIdOf(byte[] stored) {
        return new String(stored, 1, stored[0], StandardCharsets.US_ASCII);
    }

    /** The HMAC of an ID number: the same person has the same one in every roster. */
    public byte[] matchingHash(String idNumber) {
        return macs.get().doFinal(idNumber.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] decode(String base64, int minimum, String what) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length < minimum || (what.startsWith("key") && bytes.length != 32)) {
            Arrays.fill(bytes, (byte) 0);
            throw new IllegalArgumentException("the roster " + what + " must be " + minimum + " bytes in Base64");
        }
        return bytes;
    }

    private interface Factory<T> {
        T create(String algorithm) throws GeneralSecurityException;
    }

    private static <T> T newInstance(String algorithm, Factory<T> factory) {
        try {
            return factory.create(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }
}
