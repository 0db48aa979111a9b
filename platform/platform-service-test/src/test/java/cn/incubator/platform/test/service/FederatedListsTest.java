package cn.incubator.platform.test.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.federation.NodeLocal;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rule finds a scope list that neither federates nor says why it is node-local, and nothing else. */
class FederatedListsTest {

    @RestController
    static class Federating {
        NodeFederation federation;

        @GetMapping("/rows")
        Page<String> federated(PageRequest page, HttpServletRequest request, HttpServletResponse response) {
            return null;
        }

        @GetMapping("/rows/forgotten")
        Page<String> forgotten(PageRequest page) {
            return null;
        }

        @GetMapping("/mine")
        @NodeLocal("the caller's own notices")
        Page<String> mine(PageRequest page) {
            return null;
        }

        @GetMapping("/rows/{id}/children")
        Page<String> ofOne(@PathVariable UUID id, PageRequest page) {
            return null;
        }

        @GetMapping("/rows/{id}")
        String one(@PathVariable UUID id) {
            return null;
        }

        @PostMapping("/rows/search")
        Page<String> posted(PageRequest page) {
            return null;
        }
    }

    @RestController
    static class NotFederating {

        @GetMapping("/other")
        ResponseEntity<Page<String>> wrapped(PageRequest page, HttpServletRequest request,
                HttpServletResponse response) {
            return null;
        }

        @GetMapping("/other/array")
        List<String> notAPage() {
            return null;
        }
    }

    @Test
    void aScopeListWithoutTheFederationRouteOrAReasonIsFound() {
        assertThat(FederatedLists.unfederated(Federating.class)).containsExactly("Federating.forgotten");
        // a controller without the federation: its page (inside a ResponseEntity too) is not federated
        assertThat(FederatedLists.unfederated(NotFederating.class)).containsExactly("NotFederating.wrapped");
    }

    @Test
    void theNodeLocalListsAreListedWithTheirReasons() {
        assertThat(FederatedLists.nodeLocal("cn.incubator.platform.test.service"))
                .containsExactly("Federating.mine: the caller's own notices");
    }
}
