package cn.incubator.grants.custody;

import cn.incubator.platform.test.lifecycle.LifecycleTables;
import org.junit.jupiter.api.Test;

class CustodyStatusTest {

    @Test
    void anActiveAgreementTakesDepositsAndSpendingUntilItEndsAndAnEndedOneNothing() {
        LifecycleTables.assertExactly(CustodyStatus.LIFECYCLE, """
                ACTIVE DEPOSIT ACTIVE
                ACTIVE SPEND ACTIVE
                ACTIVE END ENDED
                """);
    }
}
