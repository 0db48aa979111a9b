package cn.incubator.training.survey;

import cn.incubator.contracts.registry.v1.CountOrganizationsByStreetRequest;
import cn.incubator.contracts.registry.v1.OrganizationDirectoryGrpc;
import cn.incubator.contracts.registry.v1.StreetCount;
import cn.incubator.contracts.registry.v1.StreetCounts;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for the registry's organization directory in service tests: the real gRPC contract on a real port,
 * answering CountOrganizationsByStreet from what the test put in (by street code).
 */
final class FakeStreetCounts {

    final Map<String, StreetCount> streets = new ConcurrentHashMap<>();
    final Server server;

    FakeStreetCounts() {
        try {
            server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
                    .addService(new OrganizationDirectoryGrpc.OrganizationDirectoryImplBase() {
                        @Override
                        public void countOrganizationsByStreet(CountOrganizationsByStreetRequest request,
                                StreamObserver<StreetCounts> response) {
                            String prefix = Jurisdiction.of(request.getWithinJurisdiction()).significantPrefix();
                            response.onNext(StreetCounts.newBuilder().addAllStreets(streets.values().stream()
                                    .filter(s -> s.getStreetCode().startsWith(prefix)).toList()).build());
                            response.onCompleted();
                        }
                    }).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String address() {
        return "static://localhost:" + server.getPort();
    }

    void put(String street, long filed, long registered) {
        streets.put(street, StreetCount.newBuilder().setStreetCode(street).setFiledCommunityOrganizations(filed)
                .setRegisteredOrganizations(registered).build());
    }
}
