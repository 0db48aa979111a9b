package cn.incubator.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The hash chain that makes one record's timeline tamper-evident. */
public final class AuditChain {

    private AuditChain() {
    }

    /** SHA-256 over the previous entry's hash and every field of this entry, unit-separated. */
    public static String hash(String previousHash, AuditEntry entry) {
        String content = String.join("\u001f", Objects.toString(previousHash, ""), entry.id().toString(),
                String.valueOf(entry.occurredAt().toEpochMilli() * 1000 + entry.occurredAt().getNano() / 1000 % 1000),
                entry.actor(), entry.action(), entry.subjectType(), entry.subjectId(),
                Objects.toString(entry.jurisdictionCode(), ""), Objects.toString(entry.before(), ""),
                Objects.toString(entry.after(), ""));
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Verification verify(List<Link> links) {
        String previous = null;
        for (Link link : links) {
            if (!Objects.equals(previous, link.previousHash()) || !hash(previous, link.entry()).equals(link.hash())) {
                return new Verification(false, links.size(), link.entry().id());
            }
            previous = link.hash();
        }
        return new Verification(true, links.size(), null);
    }

    /** One stored entry with the hashes it was stored with. */
    record Link(AuditEntry entry, String previousHash, String hash) {
    }

    /**
     * @param intact      whether every entry still hashes to what was stored and links to its predecessor
     * @param entries     how many entries the chain has
     * @param firstBroken the first entry that does not verify, when not intact
     */
    public record Verification(boolean intact, int entries, UUID firstBroken) {
    }
}
