package cn.incubator.registry.talent;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.registry.field.ServiceField;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TalentTest {

    @Test
    void aSocialWorkerNeedsALevel() {
        assertThat(Talent.violations(TalentKind.SOCIAL_WORKER, null, Set.of()))
                .containsExactly(new Talent.Violation("level", "Talent.level.required"));
        assertThat(Talent.violations(TalentKind.SOCIAL_WORKER, SocialWorkerLevel.INTERMEDIATE, Set.of())).isEmpty();
    }

    @Test
    void nobodyButASocialWorkerHasALevel() {
        for (TalentKind kind : TalentKind.values()) {
            if (kind != TalentKind.SOCIAL_WORKER) {
                assertThat(Talent.violations(kind, SocialWorkerLevel.SENIOR, Set.of(ServiceField.YOUTH)))
                        .as(kind.name()).containsExactly(new Talent.Violation("level", "Talent.level.notApplicable"));
            }
        }
    }

    @Test
    void anExpertNeedsAFieldOfExpertiseOthersDoNot() {
        assertThat(Talent.violations(TalentKind.EXPERT, null, Set.of()))
                .containsExactly(new Talent.Violation("fields", "Talent.fields.required"));
        assertThat(Talent.violations(TalentKind.EXPERT, null, Set.of(ServiceField.FINANCE_TAX))).isEmpty();
        assertThat(Talent.violations(TalentKind.VOLUNTEER, null, Set.of())).isEmpty();
        assertThat(Talent.violations(TalentKind.CAPABLE_PERSON, null, null)).isEmpty();
    }
}
