package cn.incubator.grants.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.grants.award.IllegalTransition;
import org.junit.jupiter.api.Test;

class CustodyStatusTest {

    @Test
    void anActiveAgreementTakesDepositsAndSpendingUntilItEnds() {
        assertThat(CustodyStatus.ACTIVE.after(CustodyStatus.Action.DEPOSIT)).isEqualTo(CustodyStatus.ACTIVE);
        assertThat(CustodyStatus.ACTIVE.after(CustodyStatus.Action.SPEND)).isEqualTo(CustodyStatus.ACTIVE);
        assertThat(CustodyStatus.ACTIVE.after(CustodyStatus.Action.END)).isEqualTo(CustodyStatus.ENDED);
    }

    @Test
    void anEndedAgreementRefusesEveryAction() {
        for (CustodyStatus.Action action : CustodyStatus.Action.values()) {
            assertThatThrownBy(() -> CustodyStatus.ENDED.after(action)).as("%s", action)
                    .isInstanceOfSatisfying(IllegalTransition.class,
                            e -> assertThat(e.current()).isEqualTo(CustodyStatus.ENDED));
        }
    }
}
