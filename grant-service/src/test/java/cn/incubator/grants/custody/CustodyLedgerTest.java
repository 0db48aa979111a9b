package cn.incubator.grants.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.grants.award.Yuan;
import cn.incubator.platform.transition.RuleViolationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CustodyLedgerTest {

    /** The dragon-boat association's money, held by the Langli hub. */
    private static final CustodyLedger DRAGON_BOAT = new CustodyLedger(Yuan.ZERO).deposit(Yuan.of("190000.00"));

    @Test
    void spendingLowersTheBalanceToExactlyZeroButNeverBelow() {
        CustodyLedger after = DRAGON_BOAT.spend(Yuan.of("60000.00")).spend(Yuan.of("130000.00"));

        assertThat(after.balance()).isEqualByComparingTo("0.00");
        assertThatThrownBy(() -> after.spend(Yuan.of("0.01")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.slug()).isEqualTo("custody-insufficient");
                    assertThat(e.args()).containsExactly("0.01", "0.00");
                });
    }

    @Test
    void spendingMoreThanTheBalanceIsRefusedByOneFen() {
        assertThatThrownBy(() -> DRAGON_BOAT.spend(Yuan.of("190000.01"))).isInstanceOf(RuleViolationException.class);
        assertThat(DRAGON_BOAT.spend(Yuan.of("190000.00")).balance()).isEqualByComparingTo("0.00");
    }

    @Test
    void amountsArePositiveAndExactToTheFen() {
        assertThatThrownBy(() -> DRAGON_BOAT.deposit(Yuan.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DRAGON_BOAT.spend(new BigDecimal("-1.00"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DRAGON_BOAT.deposit(new BigDecimal("0.001"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustodyLedger(new BigDecimal("-0.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(DRAGON_BOAT.balance()).isEqualTo(new BigDecimal("190000.00"));
    }
}
