package cn.incubator.registry.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.test.lifecycle.LifecycleTables;
import cn.incubator.platform.transition.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class NeedStatusTest {

    @Test
    void anOpenNeedIsLinkedByItsFirstLinkageMayTakeMoreAndClosesOnceEveryOtherPairRefused() {
        LifecycleTables.assertExactly(NeedStatus.LIFECYCLE, """
                OPEN LINK LINKED
                OPEN CLOSE CLOSED
                LINKED LINK LINKED
                LINKED CLOSE CLOSED
                """);
    }

    @Test
    void theStatusShortcutsFollowTheTable() {
        assertThat(NeedStatus.OPEN.link()).isEqualTo(NeedStatus.LINKED);
        assertThat(NeedStatus.LINKED.close()).isEqualTo(NeedStatus.CLOSED);
        assertThatThrownBy(NeedStatus.CLOSED::link).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> assertThat(e.action()).isEqualTo(NeedAction.LINK));
        assertThatThrownBy(NeedStatus.CLOSED::close).isInstanceOfSatisfying(IllegalTransitionException.class,
                e -> assertThat(e.currentState()).isEqualTo(NeedStatus.CLOSED));
    }

    @Test
    void anOfferIsWithdrawnOnce() {
        LifecycleTables.assertExactly(OfferStatus.LIFECYCLE, """
                OPEN WITHDRAW WITHDRAWN
                """);
    }
}
