package cn.incubator.grants.custody;

import cn.incubator.grants.award.Yuan;
import cn.incubator.platform.audit.AuditEntry;
import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.change.GuardedChanges;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.paging.PageRequest;
import cn.incubator.platform.problem.ConflictException;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScopes;
import cn.incubator.platform.sql.ReadOnly;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fund custody (资金代管): agreements and their ledgers, every entry with purpose and voucher, every step on the
 * agreement's timeline; spending never exceeds the balance.
 */
@Service
public class CustodyService {

    public static final String SUBJECT = "custody-agreement";

    private final CustodyRepository custody;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final Clock clock;
    private final GuardedChanges changes;
    private final GuardedChanges.Target<CustodyAgreement> target;

    CustodyService(CustodyRepository custody, DataScopes scopes, AuditTrail audit, Clock clock,
            GuardedChanges changes) {
        this.changes = changes;
        this.target = GuardedChanges.target(SUBJECT, (id, scope) -> custody.find((UUID) id, scope, true),
                agreement -> Jurisdiction.of(agreement.jurisdictionCode()), CustodyAgreement::organizationId,
                custody::update, agreement -> agreement);
        this.custody = custody;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The three parties and what the money is for. */
    public record NewAgreement(UUID organizationId, String organizationName, Jurisdiction jurisdiction,
            String communityName, String hubName, String agreementNumber, LocalDate signedOn, String purpose) {
    }

    @Transactional
    public CustodyAgreement create(CurrentUser user, NewAgreement request) {
        scopes.of(user).requireWritable(request.jurisdiction(), request.organizationId());
        CustodyAgreement agreement = new CustodyAgreement(UUID.randomUUID(), request.organizationId(),
                request.organizationName(), request.jurisdiction().code(), request.communityName(),
                request.hubName(), request.agreementNumber(), request.signedOn(), request.purpose(),
                CustodyStatus.ACTIVE, Yuan.ZERO, user.username(), now());
        if (!custody.insert(agreement)) {
            throw new ConflictException("custody-number-taken", request.agreementNumber());
        }
        audit.record(user, "custody.agreement-signed", SUBJECT, agreement.id(), agreement.jurisdictionCode(), null,
                agreement);
        return agreement;
    }

    @ReadOnly
    public CustodyAgreement get(CurrentUser user, UUID id) {
        return custody.find(id, scopes.of(user), false).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    @ReadOnly
    public Page<CustodyAgreement> list(CurrentUser user, PageRequest page) {
        return custody.list(scopes.of(user), page);
    }

    @ReadOnly
    public List<CustodyEntry> entries(CurrentUser user, UUID id) {
        return custody.entries(get(user, id).id());
    }

    @ReadOnly
    public Page<AuditEntry> timeline(CurrentUser user, UUID id, PageRequest page) {
        return audit.timeline(SUBJECT, get(user, id).id(), page);
    }

    /** The entry and the new balance, under the agreement's row lock so concurrent spending cannot overdraw. */
    @Transactional
    public CustodyEntry record(CurrentUser user, UUID id, CustodyEntry.Kind kind, BigDecimal amount, String purpose,
            String voucherReference, LocalDate occurredOn) {
        CustodyAgreement agreement = lockWritable(user, id);
        CustodyStatus status = agreement.status().after(
                kind == CustodyEntry.Kind.DEPOSIT ? CustodyStatus.Action.DEPOSIT : CustodyStatus.Action.SPEND);
        CustodyLedger ledger = new CustodyLedger(agreement.balance());
        CustodyLedger after = kind == CustodyEntry.Kind.DEPOSIT ? ledger.deposit(amount) : ledger.spend(amount);
        CustodyEntry entry = new CustodyEntry(UUID.randomUUID(), id, custody.nextSeq(id), kind, Yuan.of(amount),
                purpose, voucherReference, occurredOn, after.balance(), user.username(), now());
        custody.insert(entry);
        custody.update(withBalance(agreement, status, after.balance()));
        audit.record(user, kind == CustodyEntry.Kind.DEPOSIT ? "custody.deposited" : "custody.spent", SUBJECT, id,
                agreement.jurisdictionCode(), null, entry);
        return entry;
    }

    /** 终止代管: only with nothing left to hold. */
    @Transactional
    public CustodyAgreement end(CurrentUser user, UUID id) {
        return changes.change(user, target, id, "custody.ended", agreement -> {
            CustodyStatus status = agreement.status().after(CustodyStatus.Action.END);
            if (agreement.balance().signum() != 0) {
                throw new ConflictException("custody-balance-remaining", agreement.balance().toPlainString());
            }
            return withBalance(agreement, status, agreement.balance());
        }).after();
    }

    private CustodyAgreement lockWritable(CurrentUser user, UUID id) {
        return changes.lock(user, target, id);
    }

    private static CustodyAgreement withBalance(CustodyAgreement a, CustodyStatus status, BigDecimal balance) {
        return new CustodyAgreement(a.id(), a.organizationId(), a.organizationName(), a.jurisdictionCode(),
                a.communityName(), a.hubName(), a.agreementNumber(), a.signedOn(), a.purpose(), status, balance,
                a.createdBy(), a.createdAt());
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
