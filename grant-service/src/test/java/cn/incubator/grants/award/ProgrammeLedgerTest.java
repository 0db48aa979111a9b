package cn.incubator.grants.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.platform.transition.RuleViolationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProgrammeLedgerTest {

    /** Ejin Horo's first round: a pool of 440,000 yuan shared by 12 funded projects. */
    private static final ProgrammeLedger EJIN_HORO = new ProgrammeLedger(Yuan.of("440000"), Yuan.ZERO, Yuan.ZERO);

    @Test
    void twelveAwardsShareThePoolExactlyAndTheInvariantsHoldAfterEveryStep() {
        ProgrammeLedger ledger = EJIN_HORO;
        for (int i = 0; i < 11; i++) {
            ledger = ledger.commit(Yuan.of("36666.67"));
            assertBalanced(ledger);
        }
        ledger = ledger.commit(Yuan.of("36666.63"));
        assertBalanced(ledger);
        assertThat(ledger.available()).isEqualByComparingTo("0.00");
        assertThat(ledger.committed()).isEqualByComparingTo("440000.00");

        ledger = ledger.pay(Yuan.of("18333.33")).pay(Yuan.of("18333.34"));
        assertBalanced(ledger);
        assertThat(ledger.paid()).isEqualByComparingTo("36666.67");
        assertThat(ledger.unpaid()).isEqualByComparingTo("403333.33");
    }

    @Test
    void anAwardBeyondWhatIsAvailableIsRefusedNamingTheRoom() {
        ProgrammeLedger ledger = EJIN_HORO.commit(Yuan.of("430000.00"));

        assertThatThrownBy(() -> ledger.commit(Yuan.of("10000.01")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.slug()).isEqualTo("pool-exceeded");
                    assertThat(e.args()).containsExactly("10000.01", "10000.00");
                });
        assertThat(ledger.commit(Yuan.of("10000.00")).available()).isEqualByComparingTo("0.00");
    }

    @Test
    void aPaymentBeyondWhatIsCommittedAndUnpaidIsRefused() {
        ProgrammeLedger ledger = EJIN_HORO.commit(Yuan.of("30000.00")).pay(Yuan.of("20000.00"));

        assertThatThrownBy(() -> ledger.pay(Yuan.of("10000.01"))).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.args()).containsExactly("10000.01", "10000.00"))
                .hasMessage("payment-exceeds-unpaid");
    }

    @Test
    void aLedgerOutOfBalanceCannotBeBuilt() {
        assertThatThrownBy(() -> new ProgrammeLedger(Yuan.of("100"), Yuan.of("100.01"), Yuan.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProgrammeLedger(Yuan.of("100"), Yuan.of("50"), Yuan.of("50.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProgrammeLedger(Yuan.of("-1"), Yuan.ZERO, Yuan.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amountsAreExactToTheFenAndNeverNegativeOrZero() {
        assertThatThrownBy(() -> EJIN_HORO.commit(new BigDecimal("0.001"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EJIN_HORO.commit(Yuan.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProgrammeLedger(new BigDecimal("1.005"), Yuan.ZERO, Yuan.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ProgrammeLedger(new BigDecimal("440000"), BigDecimal.ZERO, BigDecimal.ZERO).pool().scale())
                .isEqualTo(2);
    }

    private static void assertBalanced(ProgrammeLedger ledger) {
        assertThat(ledger.committed().add(ledger.available())).isEqualByComparingTo(ledger.pool());
        assertThat(ledger.paid().add(ledger.unpaid())).isEqualByComparingTo(ledger.committed());
    }
}
