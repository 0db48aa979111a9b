package cn.incubator.training.support;

import cn.incubator.contracts.registry.v1.FindPeopleResponse;
import cn.incubator.contracts.registry.v1.GetPeopleRequest;
import cn.incubator.contracts.registry.v1.Person;
import cn.incubator.contracts.registry.v1.TalentDirectoryGrpc;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the registry's talent pool in service tests: its TalentDirectory gRPC contract on a real port. It
 * knows everyone asked for (a trainer in 星沙) except the ids and accounts a test made unknown, records the bearer
 * token of each call, and can be made slower than the caller's deadline.
 */
public final class FakeTalentPool {

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    public final Set<String> unknown = ConcurrentHashMap.newKeySet();
    public final List<String> tokens = new CopyOnWriteArrayList<>();
    public final List<GetPeopleRequest> asked = new CopyOnWriteArrayList<>();
    public volatile long delayMillis;

    private final Server grpc;

    public FakeTalentPool() {
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
                    .addService(ServerInterceptors.intercept(new Directory(), recordToken)).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String grpcAddress() {
        return "static://localhost:" + grpc.getPort();
    }

    public void reset() {
        unknown.clear();
        tokens.clear();
        asked.clear();
        delayMillis = 0;
    }

    private final class Directory extends TalentDirectoryGrpc.TalentDirectoryImplBase {
        @Override
        public void getPeople(GetPeopleRequest request, StreamObserver<FindPeopleResponse> response) {
            asked.add(request);
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
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

    private static Person trainer(String id, String username) {
        return Person.newBuilder().setId(id).setName("吴军").setKind("MENTOR").setJurisdictionCode("430121001000")
                .setUsername(username).build();
    }
}
