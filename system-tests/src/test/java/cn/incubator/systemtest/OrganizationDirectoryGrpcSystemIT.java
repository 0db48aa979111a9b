package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.incubator.contracts.registry.v1.GetOrganizationRequest;
import cn.incubator.contracts.registry.v1.GetOrganizationsRequest;
import cn.incubator.contracts.registry.v1.OrganizationDirectoryGrpc;
import cn.incubator.contracts.registry.v1.OrganizationSummary;
import io.grpc.CallCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry's gRPC organization directory, called as another service would: with the caller's token, under
 * the caller's data scope.
 */
@ExtendWith(RunningPlatform.class)
class OrganizationDirectoryGrpcSystemIT {

    private static final String XINGSHA_FEDERATION = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1001";
    private static final String LANGLI_DRAGON_BOAT = "3f0c6b2e-6a41-4c57-9d3a-5b1f0e7a1003";

    private static ManagedChannel channel;

    @BeforeAll
    static void connect() {
        int port = RunningPlatform.platform().service("registry-service").grpcPort();
        channel = ManagedChannelBuilder.forAddress("localhost", port).usePlaintext().build();
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void returnsAnOrganizationInTheCallersScope() {
        OrganizationSummary summary = directory("xingsha-hub")
                .getOrganization(GetOrganizationRequest.newBuilder().setId(XINGSHA_FEDERATION).build());

        assertThat(summary.getName()).isEqualTo("长沙县星沙街道社区社会组织联合会");
        assertThat(summary.getJurisdictionCode()).isEqualTo("430121001000");
        assertThat(summary.getCreditCode()).isEqualTo("51430121MJJ000011Q");
    }

    @Test
    void outOfScopeIsNotFoundAndLeftOutOfBatches() {
        assertThatThrownBy(() -> directory("xingsha-hub")
                .getOrganization(GetOrganizationRequest.newBuilder().setId(LANGLI_DRAGON_BOAT).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));

        var found = directory("xingsha-hub").getOrganizations(GetOrganizationsRequest.newBuilder()
                .addIds(XINGSHA_FEDERATION).addIds(LANGLI_DRAGON_BOAT).addIds("not-an-id").build());
        assertThat(found.getOrganizationsList()).extracting(OrganizationSummary::getId)
                .containsExactly(XINGSHA_FEDERATION);
    }

    @Test
    void callWithoutTokenIsUnauthenticated() {
        assertThatThrownBy(() -> OrganizationDirectoryGrpc.newBlockingStub(channel)
                .withDeadlineAfter(5, TimeUnit.SECONDS)
                .getOrganization(GetOrganizationRequest.newBuilder().setId(XINGSHA_FEDERATION).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
    }

    private static OrganizationDirectoryGrpc.OrganizationDirectoryBlockingStub directory(String user) {
        String token = Api.token(user);
        return OrganizationDirectoryGrpc.newBlockingStub(channel)
                .withDeadlineAfter(5, TimeUnit.SECONDS)
                .withCallCredentials(new CallCredentials() {
                    @Override
                    public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
                        Metadata headers = new Metadata();
                        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
                                "Bearer " + token);
                        applier.apply(headers);
                    }
                });
    }
}
