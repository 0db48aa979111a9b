package cn.incubator.grants;

import cn.incubator.platform.test.service.MessageBundleRules;
import java.util.Set;

/** Every message the service answers with exists in Chinese (default) and English, and each one formats. */
class MessageBundlesTest extends MessageBundleRules {

    @Override
    protected int atLeastCodesRaised() {
        return 10;
    }

    @Override
    protected Set<String> requiredKeys() {
        return Set.of("Schedule.sum", "Schedule.empty", "Schedule.amount", "Schedule.firstDependsOnNothing",
                "Schedule.laterDependOnReport", "Schedule.interimBeforeFinal");
    }
}
