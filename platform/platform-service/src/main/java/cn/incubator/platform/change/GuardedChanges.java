package cn.incubator.platform.change;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The one sequence of every guarded write: load the record for update within the caller's data scope (out of scope
 * reads as not found), require the caller may write it, apply the change (whose lifecycle guard throws
 * {@link cn.incubator.platform.transition.IllegalTransitionException} for an action the state does not allow),
 * store it and record before and after on the audit trail, in the caller's transaction.
 */
public class GuardedChanges {

    private final DataScopes scopes;
    private final AuditTrail audit;

    public GuardedChanges(DataScopes scopes, AuditTrail audit) {
        this.scopes = scopes;
        this.audit = audit;
    }

    /**
     * Loads, guards, writes and audits one change of a record.
     *
     * @param event the audit action, e.g. {@code award.suspended}
     * @return the record before and after the change
     */
    public <T> Changed<T> change(CurrentUser user, Target<T> target, Object id, String event,
            UnaryOperator<T> change) {
        DataScope scope = scopes.of(user);
        T before = target.findForUpdate(id, scope).orElseThrow(() -> new NotFoundException(target.subjectType(), id));
        Jurisdiction jurisdiction = target.jurisdiction(before);
        scope.requireWritable(jurisdiction, target.organizationId(before));
        T after = change.apply(before);
        target.update(before, after);
        audit.record(user, event, target.auditSubjectType(), target.auditSubjectId(before, id), jurisdiction.code(),
                target.auditView(before), target.auditView(after));
        return new Changed<>(before, after);
    }

    /** A record before and after a change. */
    public record Changed<T>(T before, T after) {
    }

    /** How to load, place and store one kind of record; a service declares one per guarded record type. */
    public interface Target<T> {

        /** The name of the record kind in a not-found problem, and by default on the audit trail. */
        String subjectType();

        /** The record, locked for update, if it exists within {@code scope}. */
        Optional<T> findForUpdate(Object id, DataScope scope);

        Jurisdiction jurisdiction(T record);

        /** The organization the record belongs to, for an org-admin's write check; none by default. */
        default UUID organizationId(T record) {
            return null;
        }

        void update(T before, T after);

        default String auditSubjectType() {
            return subjectType();
        }

        default Object auditSubjectId(T record, Object id) {
            return id;
        }

        /** What the audit trail keeps of the record; the record itself by default. */
        default Object auditView(T record) {
            return record;
        }
    }
}
