package cn.incubator.incubation.remote;

import static cn.incubator.platform.test.service.Callers.XINGSHA_HUB;
import static cn.incubator.platform.test.service.Callers.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.incubation.support.IncubationIT;
import cn.incubator.platform.problem.ProblemException;
import cn.incubator.platform.test.service.Callers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The Feign client of the registry's organizations API against a real HTTP peer ({@code FakeRegistry}'s REST
 * endpoints): the caller's token relayed, refusals kept as problems and not retried, idempotent calls retried once
 * on a 503, and a registry slower than the read time-out a retryable 503 problem.
 */
class RegistryOrganizationsIT extends IncubationIT {

    @Autowired
    Registry registry;

    @Test
    void recordsTheTeamWithTheCallersTokenAsJson() {
        on(XINGSHA_HUB);
        UUID id = UUID.randomUUID();

        Registry.CreatedOrganization created = registry.recordTeam(id, "星沙街道书画社", "COMMUNITY_ORGANIZATION",
                "430121001000", "文化");

        assertThat(created.id()).isEqualTo(id);
        assertThat(created.name()).isEqualTo("星沙街道书画社");
        assertThat(created.status()).isEqualTo("IN_PREPARATION");
        assertThat(REGISTRY.organizations.get(id.toString())).contains("\"jurisdiction\":\"430121001000\"")
                .contains("\"legalForm\":\"COMMUNITY_ORGANIZATION\"").contains("\"category\":\"文化\"");
        assertThat(REGISTRY.tokens).last().isEqualTo("Bearer token-of-xingsha-hub");
    }

    @Test
    void aRefusalKeepsItsStatusAndTheRegistrysReasonAndIsNotRetried() {
        on(XINGSHA_HUB);
        UUID id = UUID.randomUUID();
        REGISTRY.httpRefusals.add(409);

        assertThatThrownBy(() -> registry.recordTeam(id, "重名的团队", "COMMUNITY_ORGANIZATION", "430121001000", null))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.slug()).isEqualTo("dependency-refused");
                    assertThat(e.args()).containsExactly("registry", 409);
                    assertThat((String) e.properties().get("dependencyProblem")).contains("urn:problem:test");
                });
        assertThat(REGISTRY.httpCalls).filteredOn(call -> call.endsWith(id.toString())).hasSize(1);
        assertThat(REGISTRY.organizations).doesNotContainKey(id.toString());
    }

    @Test
    void anIdempotentCallIsRetriedOnceWhenTheRegistryIsBriefly503() {
        on(XINGSHA_HUB);
        UUID id = UUID.randomUUID();
        REGISTRY.httpRefusals.add(503);

        assertThat(registry.recordTeam(id, "重试后登记的团队", "COMMUNITY_ORGANIZATION", "430121001000", null).id())
                .isEqualTo(id);
        assertThat(REGISTRY.httpCalls).filteredOn(call -> call.endsWith(id.toString()))
                .containsExactly("PUT " + id, "PUT " + id);
    }

    @Test
    void aRegistryThatStays503GivesARetryable503ProblemAfterTwoTries() {
        on(XINGSHA_HUB);
        UUID id = UUID.randomUUID();
        REGISTRY.httpRefusals.add(503);
        REGISTRY.httpRefusals.add(503);
        REGISTRY.httpRefusals.add(503);

        assertThatThrownBy(() -> registry.recordTeam(id, "登记不了的团队", "COMMUNITY_ORGANIZATION", "430121001000", null))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.slug()).isEqualTo("dependency-unavailable");
                    assertThat(e.properties()).containsEntry("retryable", true);
                });
        assertThat(REGISTRY.httpCalls).filteredOn(call -> call.endsWith(id.toString())).hasSize(2);
    }

    @Test
    void aRegistrySlowerThanTheReadTimeOutGivesARetryable503Problem() {
        on(XINGSHA_HUB);
        REGISTRY.httpDelayMillis = 2_500;
        long started = System.nanoTime();

        assertThatThrownBy(() -> registry.recordTeam(UUID.randomUUID(), "太慢的团队", "COMMUNITY_ORGANIZATION",
                "430121001000", null))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.slug()).isEqualTo("dependency-unavailable");
                });
        // Two tries of at most the 2 s read time-out each, and the pause between them: bounded, not hanging.
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(7_000);
    }

    @Test
    void deletingATeamAlreadyGoneCountsAsDeletedButOtherRefusalsDoNot() {
        on(XINGSHA_HUB);
        UUID recorded = UUID.randomUUID();
        registry.recordTeam(recorded, "要撤销的团队", "COMMUNITY_ORGANIZATION", "430121001000", null);

        registry.deleteTeam(recorded);
        registry.deleteTeam(recorded);

        assertThat(REGISTRY.organizations).doesNotContainKey(recorded.toString());
        REGISTRY.httpRefusals.add(403);
        assertThatThrownBy(() -> registry.deleteTeam(recorded)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    @Test
    void withoutACallerNoTokenIsSent() {
        Callers.none();
        UUID id = UUID.randomUUID();

        registry.recordTeam(id, "无令牌的团队", "COMMUNITY_ORGANIZATION", "430121001000", null);

        assertThat(REGISTRY.tokens).last().isNull();
    }
}
