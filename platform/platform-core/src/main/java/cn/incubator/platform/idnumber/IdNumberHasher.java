package cn.incubator.platform.idnumber;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a resident ID number (居民身份证号码) into the value stored to find the same person again: HMAC-SHA256 under
 * a configured key, 64 hex characters. A plain hash would not do: there are few enough valid ID numbers that an
 * unkeyed hash is reversed by trying them all; without the key the stored hashes reveal nothing. The key must have at
 * least {@value #MINIMUM_KEY_LENGTH} characters, or the hasher refuses to exist (and the service does not start).
 */
public final class IdNumberHasher {

    /** The shortest key accepted, in characters. */
    public static final int MINIMUM_KEY_LENGTH = 16;

    private final SecretKeySpec key;

    /**
     * @param key     the secret key
     * @param setting the name of the setting the key comes from, for the message when it is missing or too short
     */
    public IdNumberHasher(String key, String setting) {
        if (key == null || key.length() < MINIMUM_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    setting + " must be set to at least " + MINIMUM_KEY_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** 64 hex characters; the same for the same person whatever the case of a trailing x. */
    public String hash(ResidentIdNumber number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(number.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
