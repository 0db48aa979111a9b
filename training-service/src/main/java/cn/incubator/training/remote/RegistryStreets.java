package cn.incubator.training.remote;

import cn.incubator.contracts.registry.v1.CountOrganizationsByStreetRequest;
import cn.incubator.contracts.registry.v1.OrganizationDirectoryGrpc;
import cn.incubator.contracts.registry.v1.StreetCount;
import cn.incubator.platform.grpc.RemoteCalls;
import cn.incubator.platform.grpc.RemoteChannel;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;

/**
 * The registry's organizations per street (组织库), the denominators of a survey's response rates: community
 * organizations filed (备案) and organizations registered (登记) in each street, as the registry counts them in the
 * caller's scope (the call carries the caller's token). Over gRPC with a deadline, behind the "registry" circuit
 * breaker: a registry that does not answer in time yields a 503 problem that says to retry.
 */
@Component
public class RegistryStreets {

    private final RemoteChannel remote;
    private final OrganizationDirectoryGrpc.OrganizationDirectoryBlockingStub directory;

    RegistryStreets(GrpcChannelFactory channels, RemoteCalls calls,
            @Value("${incubator.training.registry-deadline:2s}") Duration deadline) {
        this.remote = new RemoteChannel("registry", channels, calls, deadline);
        this.directory = OrganizationDirectoryGrpc.newBlockingStub(remote.channel()).withWaitForReady();
    }

    /** Organizations (filed community organizations plus registered ones) per street code under {@code within}. */
    public Map<String, Long> organizationsByStreet(String within) {
        return remote.call(() -> directory.withDeadlineAfter(remote.deadlineMillis(), TimeUnit.MILLISECONDS)
                        .countOrganizationsByStreet(CountOrganizationsByStreetRequest.newBuilder()
                                .setWithinJurisdiction(within).build()))
                .getStreetsList().stream().collect(Collectors.toMap(StreetCount::getStreetCode,
                        s -> s.getFiledCommunityOrganizations() + s.getRegisteredOrganizations()));
    }
}
