package cn.incubator.platform.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollUpTest {

    private static final Jurisdiction CHANGSHA = Jurisdiction.of("430100000000");
    private static final NodeEndpoint CITY = new NodeEndpoint("changsha", CHANGSHA, "t1");
    private static final NodeEndpoint XINGSHA = new NodeEndpoint("xingsha", Jurisdiction.of("430121001000"), "t2");
    private static final NodeEndpoint WENYILU = new NodeEndpoint("wenyilu", Jurisdiction.of("430102001000"), "t3");

    @Test
    void theTotalSumsTheAnswersAndTheMissingNodesAreNamedWithTheirReason() {
        RollUp<BigDecimal> rollUp = RollUp.of(CHANGSHA, List.of(
                new RollUp.Answer<>(XINGSHA, new BigDecimal("0.10")),
                new RollUp.Missing<>(WENYILU, MissingReason.DEADLINE_EXCEEDED),
                new RollUp.Answer<>(CITY, new BigDecimal("0.20"))), BigDecimal.ZERO, BigDecimal::add);

        assertThat(rollUp.total()).isEqualByComparingTo("0.30");
        assertThat(rollUp.answered()).extracting(RollUp.AnsweredNode::name).containsExactly("changsha", "xingsha");
        assertThat(rollUp.missing()).containsExactly(
                new RollUp.MissingNode("wenyilu", WENYILU.jurisdiction(), MissingReason.DEADLINE_EXCEEDED));
        assertThat(rollUp.partial()).isTrue();
        assertThat(rollUp.partialHeader()).isEqualTo("wenyilu=deadline-exceeded");
    }

    @Test
    void aRollUpWithEveryAnswerIsComplete() {
        RollUp<Long> rollUp = RollUp.of(CHANGSHA, List.of(new RollUp.Answer<>(CITY, 3L),
                new RollUp.Answer<>(XINGSHA, 4L)), 0L, Long::sum);

        assertThat(rollUp.total()).isEqualTo(7L);
        assertThat(rollUp.partial()).isFalse();
        assertThat(rollUp.partialHeader()).isEmpty();
    }

    @Test
    void noAnswerAtAllIsTheZeroWithEveryNodeMissing() {
        RollUp<Long> rollUp = RollUp.of(CHANGSHA, List.of(new RollUp.Missing<>(CITY, MissingReason.BREAKER_OPEN),
                new RollUp.Missing<>(XINGSHA, MissingReason.UNAVAILABLE)), 0L, Long::sum);

        assertThat(rollUp.total()).isZero();
        assertThat(rollUp.answered()).isEmpty();
        assertThat(rollUp.partialHeader()).isEqualTo("changsha=breaker-open, xingsha=unavailable");
    }

    @Test
    void everyReasonHasALabelInBothLanguages() throws Exception {
        for (String bundle : List.of("incubator/platform-messages.properties",
                "incubator/platform-messages_en.properties")) {
            java.util.Properties labels = new java.util.Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                labels.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (MissingReason reason : MissingReason.values()) {
                assertThat(labels.getProperty(cn.incubator.platform.text.EnumLabels.key(reason)))
                        .as("%s in %s", reason, bundle).isNotBlank();
            }
        }
    }
}
