package cn.incubator.partybuilding.partycase;

import cn.incubator.platform.node.NodeDuties;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The scheduled half of the overdue-branch report (the other half runs when a branch is formed). */
@Component
class BranchFormationWatch {

    private static final Logger log = LoggerFactory.getLogger(BranchFormationWatch.class);

    private final PartyCaseService cases;
    private final Clock clock;
    private final NodeDuties duties;

    BranchFormationWatch(PartyCaseService cases, Clock clock, NodeDuties duties) {
        this.cases = cases;
        this.clock = clock;
        this.duties = duties;
    }

    @Scheduled(fixedDelayString = "${incubator.party-building.branch-formation-check-interval:1h}",
            initialDelayString = "${incubator.party-building.branch-formation-check-interval:1h}")
    void check() {
        if (!duties.acting()) {
            return;
        }
        int reported = cases.reportOverdueBranches(clock.instant());
        if (reported > 0) {
            log.info("Reported {} organizations whose own party branch is overdue", reported);
        }
    }
}
