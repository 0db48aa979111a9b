package cn.incubator.training;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.test.service.FederatedLists;
import org.junit.jupiter.api.Test;

/**
 * Views do not shrink when a street node joins (NODES.md): every scope list of the service (a GET page without a
 * record id in its path) is federated to the nodes inside the caller's place, or says why it is node-local.
 */
class FederatedListsTest {

    @Test
    void everyScopeListIsFederatedOrSaysWhyNot() {
        assertThat(FederatedLists.unfederated("cn.incubator.training")).isEmpty();
        // each list left to one node on purpose, with its reason: a new one is a decision this test shows
        assertThat(FederatedLists.nodeLocal("cn.incubator.training")).extracting(local -> local.split(":")[0])
                .containsExactlyInAnyOrder("PartnerTrainingController.list");
    }
}
