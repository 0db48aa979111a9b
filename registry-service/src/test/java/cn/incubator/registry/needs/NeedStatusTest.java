package cn.incubator.registry.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NeedStatusTest {

    @Test
    void anOpenNeedIsLinkedByItsFirstLinkageAndMayTakeMore() {
        assertThat(NeedStatus.OPEN.link()).isEqualTo(NeedStatus.LINKED);
        assertThat(NeedStatus.LINKED.link()).isEqualTo(NeedStatus.LINKED);
    }

    @Test
    void openAndLinkedNeedsMayBeClosed() {
        assertThat(NeedStatus.OPEN.close()).isEqualTo(NeedStatus.CLOSED);
        assertThat(NeedStatus.LINKED.close()).isEqualTo(NeedStatus.CLOSED);
    }

    @Test
    void aClosedNeedTakesNoLinkageAndCannotBeClosedAgain() {
        assertThatThrownBy(NeedStatus.CLOSED::link).isInstanceOfSatisfying(NeedStatus.IllegalNeedTransition.class,
                e -> assertThat(e.action()).isEqualTo("link"));
        assertThatThrownBy(NeedStatus.CLOSED::close).isInstanceOfSatisfying(NeedStatus.IllegalNeedTransition.class,
                e -> assertThat(e.current()).isEqualTo(NeedStatus.CLOSED));
    }
}
