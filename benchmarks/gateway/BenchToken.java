import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;

/**
 * The gateway benchmark's identity provider: a fresh RSA key, its JWK set (written to the file named first) and a
 * signed RS256 access token shaped like Keycloak's for county-officer (printed), issued by the issuer named second.
 * Run with the JDK's source launcher: {@code java BenchToken.java jwks.json http://127.0.0.1:18901/realms/incubator}.
 */
public class BenchToken {

    public static void main(String[] args) throws Exception {
        Path jwks = Path.of(args[0]);
        String issuer = args[1];
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        RSAPublicKey publicKey = (RSAPublicKey) keys.getPublic();
        Files.writeString(jwks, "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"bench\",\"n\":\""
                + b64(unsigned(publicKey.getModulus())) + "\",\"e\":\"" + b64(unsigned(publicKey.getPublicExponent()))
                + "\"}]}");
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}";
        String payload = "{\"iss\":\"" + issuer + "\",\"sub\":\"bench-county-officer\",\"azp\":\"incubator-cli\","
                + "\"iat\":" + now + ",\"exp\":" + (now + 3 * 3600) + ",\"preferred_username\":\"county-officer\","
                + "\"realm_access\":{\"roles\":[\"civil-affairs\"]},\"jurisdiction\":\"430121000000\"}";
        String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64(payload.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(keys.getPrivate());
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        System.out.println(signingInput + "." + b64(signature.sign()));
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return bytes;
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
