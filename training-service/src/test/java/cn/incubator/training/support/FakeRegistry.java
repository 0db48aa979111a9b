package cn.incubator.training.support;

import cn.incubator.contracts.registry.v1.CountOrganizationsByStreetRequest;
import cn.incubator.contracts.registry.v1.FindPeopleResponse;
import cn.incubator.contracts.registry.v1.GetOrganizationsRequest;
import cn.incubator.contracts.registry.v1.GetOrganizationsResponse;
import cn.incubator.contracts.registry.v1.GetPeopleRequest;
import cn.incubator.contracts.registry.v1.OrganizationDirectoryGrpc;
import cn.incubator.contracts.registry.v1.OrganizationSummary;
import cn.incubator.contracts.registry.v1.Person;
import cn.incubator.contracts.registry.v1.StreetCount;
import cn.incubator.contracts.registry.v1.StreetCounts;
import cn.incubator.contracts.registry.v1.TalentDirectoryGrpc;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import io.grpc.Contexts;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the registry in service tests, on its real gRPC contracts and a real port: the talent pool
 * (TalentDirectory), which knows everyone asked for (a trainer in 星沙) except the ids and accounts a test made unknown,
 * records the bearer token of each call and can be made slower than the caller's deadline; and the organization
 * directory (OrganizationDirectory): counts by street and organizations' names by id, answered from what a test put
 * in (an organization it was not given is left out, as one outside the caller's scope), as slow as the pool.
 */
public final class FakeRegistry {

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    public final Set<String> unknown = ConcurrentHashMap.newKeySet();
    public final List<String> tokens = new CopyOnWriteArrayList<>();
    public final List<GetPeopleRequest> asked = new CopyOnWriteArrayList<>();
    public volatile long delayMillis;
    private final Map<String, StreetCount> streets = new ConcurrentHashMap<>();
    private final Map<UUID, String> organizations = new ConcurrentHashMap<>();

    private final Server grpc;

    public FakeRegistry() {
        ServerInterceptor recordToken = new ServerInterceptor() {
            @Override
            public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                    ServerCallHandler<Q, R> next) {
                tokens.add(String.valueOf(headers.get(AUTHORIZATION)));
                return Contexts.interceptCall(io.grpc.Context.current(), call, headers, next);
            }
        };
        try {
            grpc = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
                    .addService(ServerInterceptors.intercept(new Directory(), recordToken))
                    .addService(new Organizations()).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String grpcAddress() {
        return "static://localhost:" + grpc.getPort();
    }

    /** The registry's figures of one street: filed community organizations and registered organizations. */
    public void street(String code, long filed, long registered) {
        streets.put(code, StreetCount.newBuilder().setStreetCode(code).setFiledCommunityOrganizations(filed)
                .setRegisteredOrganizations(registered).build());
    }

    /** An organization of the registry, by id and name. */
    public void organization(UUID id, String name) {
        organizations.put(id, name);
    }

    public void reset() {
        streets.clear();
        organizations.clear();
        unknown.clear();
        tokens.clear();
        asked.clear();
        delayMillis = 0;
    }

    private final class Directory extends TalentDirectoryGrpc.TalentDirectoryImplBase {
        @Override
        public void getPeople(GetPeopleRequest request, StreamObserver<FindPeopleResponse> response) {
            asked.add(request);
            delay();
            FindPeopleResponse.Builder people = FindPeopleResponse.newBuilder();
            for (String id : request.getIdsList()) {
                if (!unknown.contains(id)) {
                    people.addPeople(trainer(id, ""));
                }
            }
            for (String username : request.getUsernamesList()) {
                if (!unknown.contains(username)) {
                    people.addPeople(trainer(java.util.UUID.nameUUIDFromBytes(username.getBytes()).toString(),
                            username));
                }
            }
            response.onNext(people.build());
            response.onCompleted();
        }
    }

    private final class Organizations extends OrganizationDirectoryGrpc.OrganizationDirectoryImplBase {
        @Override
        public void countOrganizationsByStreet(CountOrganizationsByStreetRequest request,
                StreamObserver<StreetCounts> response) {
            String prefix = Jurisdiction.of(request.getWithinJurisdiction()).significantPrefix();
            delay();
            response.onNext(StreetCounts.newBuilder().addAllStreets(streets.values().stream()
                    .filter(s -> s.getStreetCode().startsWith(prefix)).toList()).build());
            response.onCompleted();
        }

        @Override
        public void getOrganizations(GetOrganizationsRequest request,
                StreamObserver<GetOrganizationsResponse> response) {
            delay();
            GetOrganizationsResponse.Builder found = GetOrganizationsResponse.newBuilder();
            for (String id : request.getIdsList()) {
                String name = organizations.get(UUID.fromString(id));
                if (name != null) {
                    found.addOrganizations(OrganizationSummary.newBuilder().setId(id).setName(name).build());
                }
            }
            response.onNext(found.build());
            response.onCompleted();
        }
    }

    private void delay() {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Person trainer(String id, String username) {
        return Person.newBuilder().setId(id).setName("吴军").setKind("MENTOR").setJurisdictionCode("430121001000")
                .setUsername(username).build();
    }
}
