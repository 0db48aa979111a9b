package cn.incubator.incubation.support;

import cn.incubator.contracts.registry.v1.CheckEligibilityRequest;
import cn.incubator.contracts.registry.v1.CountOrganizationsByStreetRequest;
import cn.incubator.contracts.registry.v1.Eligibility;
import cn.incubator.contracts.registry.v1.FindPeopleRequest;
import cn.incubator.contracts.registry.v1.FindPeopleResponse;
import cn.incubator.contracts.registry.v1.GetPeopleRequest;
import cn.incubator.contracts.registry.v1.OrganizationDirectoryGrpc;
import cn.incubator.contracts.registry.v1.Person;
import cn.incubator.contracts.registry.v1.StreetCount;
import cn.incubator.contracts.registry.v1.StreetCounts;
import cn.incubator.contracts.registry.v1.TalentDirectoryGrpc;
import com.sun.net.httpserver.HttpServer;
import io.grpc.Contexts;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the registry in service tests: the real gRPC contract (organization and talent directories) on a
 * real port, and its REST endpoints for organizations in preparation (recorded under the caller's id, deleted again), answering from what the test put in. It can be
 * made slow to prove deadlines, and it keeps the bearer tokens it was called with.
 */
public final class FakeRegistry {

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    public final Map<String, Eligibility> eligibility = new ConcurrentHashMap<>();
    public final Map<String, Person> people = new ConcurrentHashMap<>();
    /** What CountOrganizationsByStreet answers, by street code. */
    public final Map<String, StreetCount> streets = new ConcurrentHashMap<>();
    public final List<String> tokens = new CopyOnWriteArrayList<>();
    public final List<String> createdOrganizations = new CopyOnWriteArrayList<>();
    /** Organizations recorded in preparation and not deleted, by id (the request body). */
    public final Map<String, String> organizations = new ConcurrentHashMap<>();
    public final List<String> deletedOrganizations = new CopyOnWriteArrayList<>();
    public volatile long delayMillis;
    /** REST: statuses answered (with a problem document) before the normal answer, one per call, in order. */
    public final java.util.Queue<Integer> httpRefusals = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** REST: how long each REST call waits before it answers. */
    public volatile long httpDelayMillis;
    /** REST: every call, as "METHOD id". */
    public final List<String> httpCalls = new CopyOnWriteArrayList<>();

    private final Server grpc;
    private final HttpServer http;

    public FakeRegistry() {
        ServerInterceptor recordToken = new ServerInterceptor() {
            @Override
            public <Q, R> io.grpc.ServerCall.Listener<Q> interceptCall(io.grpc.ServerCall<Q, R> call, Metadata headers,
                    io.grpc.ServerCallHandler<Q, R> next) {
                tokens.add(String.valueOf(headers.get(AUTHORIZATION)));
                return Contexts.interceptCall(io.grpc.Context.current(), call, headers, next);
            }
        };
        try {
            grpc = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
                    .addService(ServerInterceptors.intercept(new Organizations(), recordToken))
                    .addService(ServerInterceptors.intercept(new Talent(), recordToken))
                    .build().start();
            http = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            http.createContext("/api/registry/v1/organizations/", exchange -> {
                tokens.add(exchange.getRequestHeaders().getFirst("Authorization"));
                String id = exchange.getRequestURI().getPath().substring("/api/registry/v1/organizations/".length());
                String method = exchange.getRequestMethod();
                httpCalls.add(method + " " + id);
                if (httpDelayMillis > 0) {
                    try {
                        Thread.sleep(httpDelayMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                Integer refusal = httpRefusals.poll();
                if (refusal != null) {
                    byte[] problem = ("{\"type\":\"urn:problem:test\",\"status\":" + refusal + "}")
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                    exchange.sendResponseHeaders(refusal, problem.length);
                    exchange.getResponseBody().write(problem);
                    exchange.close();
                    return;
                }
                if (method.equals("DELETE")) {
                    deletedOrganizations.add(id);
                    int status = organizations.remove(id) == null ? 404 : 204;
                    exchange.sendResponseHeaders(status, -1);
                    exchange.close();
                    return;
                }
                // PUT: recorded under the caller's id; the same id again answers the same record.
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                boolean known = organizations.putIfAbsent(id, body) != null;
                createdOrganizations.add(body);
                String name = body.replaceAll(".*\"name\"\\s*:\\s*\"([^\"]*)\".*", "$1");
                byte[] answer = ("{\"id\":\"" + id + "\",\"name\":\"" + name
                        + "\",\"status\":\"IN_PREPARATION\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(known ? 200 : 201, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            http.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            http.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String grpcAddress() {
        return "static://localhost:" + grpc.getPort();
    }

    public String httpUrl() {
        return "http://localhost:" + http.getAddress().getPort();
    }

    public void organization(UUID id, String name, String jurisdiction, String status, String... reasons) {
        eligibility.put(id.toString(), Eligibility.newBuilder().setOrganizationId(id.toString()).setName(name)
                .setJurisdictionCode(jurisdiction).setLegalForm("SOCIAL_GROUP").setStatus(status)
                .addAllReasons(List.of(reasons)).setEligible(reasons.length == 0).build());
    }

    public void expert(String id, String name, String username, UUID... affiliations) {
        Person.Builder person = Person.newBuilder().setId(id).setName(name).setKind("EXPERT").setUsername(username)
                .setJurisdictionCode("430100000000");
        for (UUID affiliation : affiliations) {
            person.addAffiliatedOrganizationIds(affiliation.toString());
        }
        people.put(id, person.build());
    }

    private void pause() {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public void street(String code, long filed, long registered) {
        streets.put(code, StreetCount.newBuilder().setStreetCode(code).setFiledCommunityOrganizations(filed)
                .setRegisteredOrganizations(registered).build());
    }

    private final class Organizations extends OrganizationDirectoryGrpc.OrganizationDirectoryImplBase {
        @Override
        public void countOrganizationsByStreet(CountOrganizationsByStreetRequest request,
                StreamObserver<StreetCounts> response) {
            pause();
            String prefix = request.getWithinJurisdiction().replaceAll("(000)+$", "");
            response.onNext(StreetCounts.newBuilder().addAllStreets(streets.values().stream()
                    .filter(s -> s.getStreetCode().startsWith(prefix)).toList()).build());
            response.onCompleted();
        }

        @Override
        public void checkEligibility(CheckEligibilityRequest request, StreamObserver<Eligibility> response) {
            pause();
            Eligibility found = eligibility.get(request.getOrganizationId());
            if (found == null) {
                response.onError(Status.NOT_FOUND.withDescription("not-found").asRuntimeException());
                return;
            }
            response.onNext(found);
            response.onCompleted();
        }
    }

    private final class Talent extends TalentDirectoryGrpc.TalentDirectoryImplBase {
        @Override
        public void getPeople(GetPeopleRequest request, StreamObserver<FindPeopleResponse> response) {
            pause();
            FindPeopleResponse.Builder found = FindPeopleResponse.newBuilder();
            request.getIdsList().stream().map(people::get).filter(java.util.Objects::nonNull).forEach(found::addPeople);
            response.onNext(found.build());
            response.onCompleted();
        }

        @Override
        public void findPeople(FindPeopleRequest request, StreamObserver<FindPeopleResponse> response) {
            pause();
            FindPeopleResponse.Builder found = FindPeopleResponse.newBuilder();
            people.values().stream().limit(request.getLimit() == 0 ? 100 : request.getLimit())
                    .forEach(found::addPeople);
            response.onNext(found.build());
            response.onCompleted();
        }
    }
}
