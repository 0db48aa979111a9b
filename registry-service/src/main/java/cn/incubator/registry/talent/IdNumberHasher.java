package cn.incubator.registry.talent;

import cn.incubator.platform.idnumber.ResidentIdNumber;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns an ID number into the value stored to match it (HMAC-SHA256 under a configured key). A plain hash would not
 * do: there are few enough valid ID numbers that an unkeyed hash can be reversed by trying them all; without the key
 * the stored hashes reveal nothing.
 */
@Component
public class IdNumberHasher {

    private final SecretKeySpec key;

    IdNumberHasher(@Value("${incubator.registry.id-hash-key}") String key) {
        if (key == null || key.length() < 16) {
            throw new IllegalStateException("incubator.registry.id-hash-key must be set to at least 16 characters");
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
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
