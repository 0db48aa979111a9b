package cn.incubator.registry;

import cn.incubator.platform.test.service.MessageBundleRules;

/** Every message the service answers with exists in Chinese (default) and English, and each one formats. */
class MessageBundlesTest extends MessageBundleRules {

    @Override
    protected int atLeastCodesRaised() {
        return 10;
    }
}
