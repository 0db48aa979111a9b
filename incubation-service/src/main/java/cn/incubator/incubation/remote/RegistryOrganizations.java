package cn.incubator.incubation.remote;

import cn.incubator.incubation.remote.Registry.CreatedOrganization;
import cn.incubator.platform.feign.RemoteFallbackFactory;
import java.util.UUID;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The registry's organizations API (组织库) as far as this service writes to it: recording a team in preparation
 * (筹建) and undoing that. A declarative Feign client: the caller's token, the {@code registry} breaker, the
 * deadline and the retries of these idempotent calls come from the platform ({@code cn.incubator.platform.feign}).
 */
@FeignClient(name = Registry.SERVICE, url = "${incubator.services.registry}",
        fallbackFactory = RegistryOrganizations.Fallback.class)
public interface RegistryOrganizations {

    /** Records (or, for the same id again, answers) the organization in preparation. Idempotent. */
    @PutMapping(path = "/api/registry/v1/organizations/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    CreatedOrganization record(@PathVariable("id") UUID id, @RequestBody Team team);

    /** Deletes the organization recorded for a failed application. Idempotent. */
    @DeleteMapping("/api/registry/v1/organizations/{id}")
    void delete(@PathVariable("id") UUID id);

    /** What the registry needs to record a team; {@code jurisdiction} is the 12-digit code. */
    record Team(String name, String legalForm, String jurisdiction, String category) {
    }

    /** A registry that refuses keeps its status; one that is down or slow yields a 503 problem. */
    @Component
    class Fallback extends RemoteFallbackFactory<RegistryOrganizations> {

        Fallback() {
            super(RegistryOrganizations.class, Registry.SERVICE);
        }
    }
}
