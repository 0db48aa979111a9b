package cn.incubator.training.survey;

import cn.incubator.platform.node.NodeDuties;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled half of a survey's close (the other half is staff closing it by hand): every
 * {@code incubator.training.survey-close-interval} (1 min) the open surveys whose close time has passed, by the
 * injected clock, are closed ({@link SurveyService#closePastCloseTime}). Safe on several instances at once: each run
 * takes the surveys under their row locks and skips the ones another holds, so nothing is closed twice and no
 * instance waits for another.
 */
@Component
class SurveyAutoClose {

    private static final Logger log = LoggerFactory.getLogger(SurveyAutoClose.class);

    private final SurveyService surveys;
    private final NodeDuties duties;

    SurveyAutoClose(SurveyService surveys, NodeDuties duties) {
        this.surveys = surveys;
        this.duties = duties;
    }

    @Scheduled(fixedDelayString = "${incubator.training.survey-close-interval:1m}",
            initialDelayString = "${incubator.training.survey-close-interval:1m}")
    void run() {
        if (!duties.acting()) {
            return;
        }
        List<Survey> closed = surveys.closePastCloseTime();
        if (!closed.isEmpty()) {
            log.info("Closed {} surveys whose close time had passed", closed.size());
        }
    }
}
