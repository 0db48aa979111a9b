package cn.incubator.grants.support;

import cn.incubator.contracts.incubation.v1.GetIncubationStandingsRequest;
import cn.incubator.contracts.incubation.v1.IncubationRecordsGrpc;
import cn.incubator.contracts.incubation.v1.IncubationStanding;
import cn.incubator.contracts.incubation.v1.IncubationStandings;
import cn.incubator.contracts.partybuilding.v1.GetLatestStarRatingsRequest;
import cn.incubator.contracts.partybuilding.v1.StarRating;
import cn.incubator.contracts.partybuilding.v1.StarRatingList;
import cn.incubator.contracts.partybuilding.v1.StarRatingsGrpc;
import cn.incubator.contracts.registry.v1.CheckEligibilityRequest;
import cn.incubator.contracts.registry.v1.Eligibility;
import cn.incubator.contracts.registry.v1.FindPeopleResponse;
import cn.incubator.contracts.registry.v1.GetPeopleRequest;
import cn.incubator.contracts.registry.v1.OrganizationDirectoryGrpc;
import cn.incubator.contracts.registry.v1.Person;
import cn.incubator.contracts.registry.v1.TalentDirectoryGrpc;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stand-ins for the registry, party-building and incubation in service tests: their real gRPC contracts on one real
 * port, answering from what the test put in. Each can be made to fail, to prove a 503 leaves nothing behind.
 */
public final class FakeServices {

    public final Map<String, Eligibility> eligibility = new ConcurrentHashMap<>();
    public final Map<String, Person> people = new ConcurrentHashMap<>();
    public final Map<String, Integer> stars = new ConcurrentHashMap<>();
    public final Map<String, Boolean> graduated = new ConcurrentHashMap<>();
    public volatile boolean registryDown;
    public volatile boolean partyBuildingDown;
    /** The organizations each incubation-standings call asked for, in the order asked. */
    public final List<List<String>> standingsAsked = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final Server grpc;

    public FakeServices() {
        try {
            grpc = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
                    .addService(new Organizations()).addService(new Talent()).addService(new Ratings())
                    .addService(new Records()).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String address() {
        return "static://localhost:" + grpc.getPort();
    }

    /** Where the stand-ins listen, as the node directory names a gRPC endpoint ({@code host:port}). */
    public String endpoint() {
        return "localhost:" + grpc.getPort();
    }

    /** An organization as the registry knows it; reasons make it ineligible. */
    public void organization(UUID id, String name, String jurisdiction, String legalForm, String maturity,
            String... reasons) {
        eligibility.put(id.toString(), Eligibility.newBuilder().setOrganizationId(id.toString()).setName(name)
                .setJurisdictionCode(jurisdiction).setLegalForm(legalForm).setStatus("REGISTERED")
                .setMaturity(maturity).addAllReasons(List.of(reasons)).setEligible(reasons.length == 0).build());
    }

    public void expert(String id, String name, String username, UUID... affiliations) {
        Person.Builder person = Person.newBuilder().setId(id).setName(name).setKind("EXPERT")
                .setJurisdictionCode("430100000000");
        if (username != null) {
            person.setUsername(username);
        }
        for (UUID affiliation : affiliations) {
            person.addAffiliatedOrganizationIds(affiliation.toString());
        }
        people.put(id, person.build());
    }

    private final class Organizations extends OrganizationDirectoryGrpc.OrganizationDirectoryImplBase {
        @Override
        public void checkEligibility(CheckEligibilityRequest request, StreamObserver<Eligibility> response) {
            if (registryDown) {
                response.onError(Status.UNAVAILABLE.asRuntimeException());
                return;
            }
            Eligibility found = eligibility.get(request.getOrganizationId());
            if (found == null) {
                response.onError(Status.NOT_FOUND.asRuntimeException());
                return;
            }
            response.onNext(found);
            response.onCompleted();
        }
    }

    private final class Talent extends TalentDirectoryGrpc.TalentDirectoryImplBase {
        @Override
        public void getPeople(GetPeopleRequest request, StreamObserver<FindPeopleResponse> response) {
            FindPeopleResponse.Builder found = FindPeopleResponse.newBuilder();
            request.getIdsList().stream().map(people::get).filter(Objects::nonNull).forEach(found::addPeople);
            response.onNext(found.build());
            response.onCompleted();
        }
    }

    private final class Ratings extends StarRatingsGrpc.StarRatingsImplBase {
        @Override
        public void getLatestStarRatings(GetLatestStarRatingsRequest request, StreamObserver<StarRatingList> response) {
            if (partyBuildingDown) {
                response.onError(Status.UNAVAILABLE.asRuntimeException());
                return;
            }
            StarRatingList.Builder list = StarRatingList.newBuilder();
            for (String id : request.getOrganizationIdsList()) {
                Integer s = stars.get(id);
                if (s != null) {
                    list.addRatings(StarRating.newBuilder().setOrganizationId(id).setStars(s).setYear(2025));
                }
            }
            response.onNext(list.build());
            response.onCompleted();
        }
    }

    private final class Records extends IncubationRecordsGrpc.IncubationRecordsImplBase {
        @Override
        public void getIncubationStandings(GetIncubationStandingsRequest request,
                StreamObserver<IncubationStandings> response) {
            standingsAsked.add(List.copyOf(request.getOrganizationIdsList()));
            IncubationStandings.Builder list = IncubationStandings.newBuilder();
            for (String id : request.getOrganizationIdsList()) {
                if (graduated.containsKey(id)) {
                    list.addStandings(IncubationStanding.newBuilder().setOrganizationId(id)
                            .setGraduated(graduated.get(id)).setStage(graduated.get(id) ? "GRADUATED" : "IN_SHELL"));
                }
            }
            response.onNext(list.build());
            response.onCompleted();
        }
    }
}
