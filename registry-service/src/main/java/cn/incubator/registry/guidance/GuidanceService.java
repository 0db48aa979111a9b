package cn.incubator.registry.guidance;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.registry.organization.LegalForm;
import cn.incubator.registry.organization.Organization;
import cn.incubator.registry.organization.OrganizationService;
import cn.incubator.registry.organization.OrganizationStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration guidance: the checklists, and organizations in preparation working through theirs. */
@Service
public class GuidanceService {

    private final GuidanceRepository guidance;
    private final OrganizationService organizations;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;

    GuidanceService(GuidanceRepository guidance, OrganizationService organizations, DataScopes scopes,
            AuditTrail audit, Clock clock) {
        this.guidance = guidance;
        this.organizations = organizations;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    @ReadOnly
    public List<RegistrationGuide> guides() {
        return guidance.guides();
    }

    @ReadOnly
    public RegistrationGuide guide(LegalForm form) {
        return guidance.guide(form).orElseThrow(() -> new NotFoundException("registration-guide", form));
    }

    @ReadOnly
    public RegistrationProgress progress(CurrentUser user, UUID organizationId) {
        return progressOf(organizations.get(user, organizationId));
    }

    /** Marks a step of the organization's checklist done; only while it is in preparation, and once. */
    @Transactional
    public RegistrationProgress markDone(CurrentUser user, UUID organizationId, int step, String note) {
        Organization organization = organizations.get(user, organizationId);
        scopes.of(user).requireWritable(organization.jurisdiction(), organization.id());
        RegistrationGuide guide = guide(organization.legalForm());
        RegistrationGuide.Step guideStep = guide.steps().stream().filter(s -> s.number() == step).findFirst()
                .orElseThrow(() -> new NotFoundException("registration-guide-step", step));
        if (organization.status() != OrganizationStatus.IN_PREPARATION) {
            throw new ConflictException("not-in-preparation", organization.status());
        }
        if (!guidance.markDone(organizationId, organization.legalForm(), step, user.username(), Instant.now(clock),
                note)) {
            throw new ConflictException("step-done", step);
        }
        audit.record(user, "registration-progress.step-done", OrganizationService.SUBJECT, organizationId,
                organization.jurisdiction().code(), null, Map.of("step", step, "title", guideStep.title(),
                        "note", note == null ? "" : note));
        return progressOf(organization);
    }

    private RegistrationProgress progressOf(Organization organization) {
        RegistrationGuide guide = guide(organization.legalForm());
        Map<Integer, GuidanceRepository.Done> done = guidance.done(organization.id()).stream()
                .collect(Collectors.toMap(GuidanceRepository.Done::step, Function.identity()));
        List<RegistrationProgress.StepProgress> steps = guide.steps().stream().map(s -> {
            GuidanceRepository.Done d = done.get(s.number());
            return new RegistrationProgress.StepProgress(s.number(), s.title(), s.partyLeadershipClause(), d != null,
                    d == null ? null : d.by(), d == null ? null : d.at(), d == null ? null : d.note());
        }).toList();
        return new RegistrationProgress(organization.id(), organization.name(), organization.status(), guide, steps,
                done.size(), steps.size());
    }
}
