package cn.incubator.partybuilding;

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
        assertThat(FederatedLists.unfederated("cn.incubator.partybuilding")).isEmpty();
        // every other page list of the service is of one record (a path id), routed to the node holding it
        assertThat(FederatedLists.nodeLocal("cn.incubator.partybuilding")).isEmpty();
    }
}
