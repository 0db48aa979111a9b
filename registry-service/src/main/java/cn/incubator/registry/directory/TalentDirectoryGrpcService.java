package cn.incubator.registry.directory;

import cn.incubator.contracts.registry.v1.FindPeopleRequest;
import cn.incubator.contracts.registry.v1.FindPeopleResponse;
import cn.incubator.contracts.registry.v1.GetPeopleRequest;
import cn.incubator.contracts.registry.v1.Person;
import cn.incubator.contracts.registry.v1.TalentDirectoryGrpc;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.InvalidJurisdictionException;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.registry.field.ServiceField;
import cn.incubator.registry.talent.Talent;
import cn.incubator.registry.talent.TalentKind;
import cn.incubator.registry.talent.TalentService;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The talent pool (人才库) for other services (registry.v1.TalentDirectory): experts for evaluation panels with the
 * organizations they are affiliated with (conflicts of interest) and their platform account, trainers by account,
 * under the caller's data scope.
 */
@Service
class TalentDirectoryGrpcService extends TalentDirectoryGrpc.TalentDirectoryImplBase {

    private static final int MAX = 200;

    private final TalentService talent;

    TalentDirectoryGrpcService(TalentService talent) {
        this.talent = talent;
    }

    @Override
    public void findPeople(FindPeopleRequest request, StreamObserver<FindPeopleResponse> response) {
        int limit = request.getLimit() <= 0 ? 50 : Math.min(request.getLimit(), MAX);
        List<Talent> found = talent.find(CurrentUser.fromSecurityContext(),
                parse("kind", request.getKind(), TalentKind.class),
                parse("field", request.getField(), ServiceField.class),
                within(request.getWithinJurisdiction()), limit);
        response.onNext(people(found));
        response.onCompleted();
    }

    @Override
    public void getPeople(GetPeopleRequest request, StreamObserver<FindPeopleResponse> response) {
        if (request.getIdsCount() > MAX) {
            throw new FieldProblemException("ids", "Size");
        }
        if (request.getUsernamesCount() > MAX) {
            throw new FieldProblemException("usernames", "Size");
        }
        CurrentUser caller = CurrentUser.fromSecurityContext();
        List<Talent> found = new ArrayList<>();
        for (String id : request.getIdsList()) {
            try {
                found.add(talent.get(caller, UUID.fromString(id)));
            } catch (NotFoundException | IllegalArgumentException outOfScopeOrMalformed) {
                // Left out, as the contract says.
            }
        }
        for (String username : request.getUsernamesList()) {
            talent.findByAccount(caller, username)
                    .filter(person -> found.stream().noneMatch(seen -> seen.id().equals(person.id())))
                    .ifPresent(found::add);
        }
        response.onNext(people(found));
        response.onCompleted();
    }

    private FindPeopleResponse people(List<Talent> found) {
        Map<UUID, String> accounts = talent.accountUsernames(found.stream().map(Talent::id).toList());
        FindPeopleResponse.Builder people = FindPeopleResponse.newBuilder();
        for (Talent person : found) {
            Person.Builder entry = Person.newBuilder()
                    .setId(person.id().toString())
                    .setName(person.name())
                    .setKind(person.kind().name())
                    .addAllFields(person.fields().stream().map(Enum::name).sorted().toList())
                    .setJurisdictionCode(person.jurisdiction().code())
                    .addAllAffiliatedOrganizationIds(person.organizationIds().stream().map(UUID::toString).toList());
            String username = accounts.get(person.id());
            if (username != null) {
                entry.setUsername(username);
            }
            people.addPeople(entry);
        }
        return people.build();
    }

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new FieldProblemException(field, "TypeMismatch", value);
        }
    }

    private static Jurisdiction within(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Jurisdiction.of(code);
        } catch (InvalidJurisdictionException e) {
            throw new FieldProblemException("withinJurisdiction", "JurisdictionCode");
        }
    }
}
