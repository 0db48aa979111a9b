package cn.incubator.registry.consultation;

import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.FieldProblemException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.text.Display;
import cn.incubator.registry.organization.Organization;
import cn.incubator.registry.organization.OrganizationService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The consultation log of a base and its counts. */
@Service
public class ConsultationService {

    static final ZoneId CHINA = Display.ZONE;

    private final ConsultationRepository consultations;
    private final OrganizationService organizations;
    private final DataScopes scopes;
    private final Clock clock;

    ConsultationService(ConsultationRepository consultations, OrganizationService organizations, DataScopes scopes,
            Clock clock) {
        this.consultations = consultations;
        this.organizations = organizations;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Transactional
    public Consultation record(CurrentUser user, NewConsultation request) {
        Jurisdiction jurisdiction = Jurisdiction.of(request.jurisdiction());
        scopes.of(user).requireWritable(jurisdiction, null);
        Instant now = Instant.now(clock);
        Instant askedAt = request.askedAt() == null ? now : request.askedAt();
        if (askedAt.isAfter(now)) {
            throw new FieldProblemException("askedAt", "PastOrPresent");
        }
        if (request.organizationId() != null) {
            Organization organization = organizations.get(user, request.organizationId());
            if (!jurisdiction.contains(organization.jurisdiction())
                    && !organization.jurisdiction().contains(jurisdiction)) {
                throw new FieldProblemException("organizationId", "Consultation.organization.elsewhere");
            }
        }
        String answeredBy = request.answeredBy() == null || request.answeredBy().isBlank() ? user.username()
                : request.answeredBy().strip();
        Consultation consultation = new Consultation(UUID.randomUUID(), askedAt, request.channel(), request.topic(),
                request.question().strip(), request.answer(), answeredBy, jurisdiction, request.organizationId(),
                user.username(), now);
        consultations.insert(consultation);
        return consultation;
    }

    @ReadOnly
    public Page<Consultation> search(CurrentUser user, LocalDate from, LocalDate to, Topic topic, Channel channel,
            PageRequest page) {
        return consultations.search(scopes.of(user), start(from), end(to), topic, channel, page);
    }

    /** Counts from {@code from} to {@code to} inclusive (China dates); the current year when absent. */
    @ReadOnly
    public ConsultationStatistics statistics(CurrentUser user, LocalDate from, LocalDate to,
            ConsultationStatistics.Period period) {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        LocalDate first = from == null ? today.withDayOfYear(1) : from;
        LocalDate last = to == null ? today : to;
        if (last.isBefore(first)) {
            throw new FieldProblemException("to", "Consultation.period.reversed");
        }
        List<ConsultationStatistics.Count> counts = consultations.counts(scopes.of(user), start(first), end(last),
                period);
        return ConsultationStatistics.of(first, last.plusDays(1), period, counts);
    }

    private static Instant start(LocalDate from) {
        return from == null ? Instant.EPOCH : from.atStartOfDay(CHINA).toInstant();
    }

    private static Instant end(LocalDate to) {
        return to == null ? Instant.parse("9999-01-01T00:00:00Z") : to.plusDays(1).atStartOfDay(CHINA).toInstant();
    }

    /** @param askedAt when the question came in; now when absent */
    public record NewConsultation(Instant askedAt, Channel channel, Topic topic, String question, String answer,
            String answeredBy, String jurisdiction, UUID organizationId) {
    }
}
