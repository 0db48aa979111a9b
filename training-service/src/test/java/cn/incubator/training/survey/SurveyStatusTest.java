package cn.incubator.training.survey;

import cn.incubator.platform.test.lifecycle.LifecycleTables;
import org.junit.jupiter.api.Test;

class SurveyStatusTest {

    @Test
    void aDraftOpensTakesAnswersWhileOpenClosesAndItsPlanIsAcceptedOnlyOnceClosed() {
        LifecycleTables.assertExactly(SurveyStatus.LIFECYCLE, """
                DRAFT OPEN OPEN
                OPEN ANSWER OPEN
                OPEN CLOSE CLOSED
                CLOSED ACCEPT_PLAN CLOSED
                """);
        LifecycleTables.assertLabelled(QuestionKind.class);
    }
}
