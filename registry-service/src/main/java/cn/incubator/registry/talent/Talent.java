package cn.incubator.registry.talent;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.registry.field.ServiceField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A person in the talent pool (人才库). The resident ID number is kept only as a keyed hash (to find the same person
 * again) and its masked form (to show); the phone is kept to contact the person and shown masked.
 */
public record Talent(
        UUID id,
        String name,
        TalentKind kind,
        SocialWorkerLevel level,
        Set<ServiceField> fields,
        Jurisdiction jurisdiction,
        String idNumberMasked,
        String phone,
        List<UUID> organizationIds,
        Instant createdAt) {

    public Talent {
        fields = Set.copyOf(fields);
        organizationIds = List.copyOf(organizationIds);
    }

    /** A rule of the pool that a profile breaks: the field it concerns and the message key that explains it. */
    public record Violation(String field, String code) {
    }

    /**
     * What is wrong with a profile: a social worker needs a level and nobody else has one; an expert needs at least
     * one field of expertise, since panels are picked by field.
     */
    public static List<Violation> violations(TalentKind kind, SocialWorkerLevel level, Set<ServiceField> fields) {
        List<Violation> violations = new ArrayList<>();
        if (kind == TalentKind.SOCIAL_WORKER && level == null) {
            violations.add(new Violation("level", "Talent.level.required"));
        }
        if (kind != TalentKind.SOCIAL_WORKER && level != null) {
            violations.add(new Violation("level", "Talent.level.notApplicable"));
        }
        if (kind == TalentKind.EXPERT && (fields == null || fields.isEmpty())) {
            violations.add(new Violation("fields", "Talent.fields.required"));
        }
        return violations;
    }
}
