package cn.incubator.partybuilding.member;

import cn.incubator.partybuilding.PartyBuildingProperties;
import cn.incubator.platform.idnumber.ResidentIdNumber;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Keeps a member's ID number only as a keyed hash (HMAC-SHA256), enough to find the same person twice and never
 * enough to read it back: a plain hash of an 18-digit number with a known structure could be reversed by trying.
 */
@Component
class IdNumberHasher {

    private final SecretKeySpec key;

    IdNumberHasher(PartyBuildingProperties properties) {
        this.key = new SecretKeySpec(properties.idNumberKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String hash(ResidentIdNumber number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(number.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
