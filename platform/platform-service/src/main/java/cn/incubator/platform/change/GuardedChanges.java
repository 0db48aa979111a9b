package cn.incubator.platform.change;

import cn.incubator.platform.audit.AuditTrail;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.problem.NotFoundException;
import cn.incubator.platform.scope.DataScope;
import cn.incubator.platform.scope.DataScopes;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The one sequence of every guarded write: load the record for update within the caller's data scope (out of scope
 * reads as not found), require the caller may write it, apply the change (whose lifecycle guard throws
 * {@link cn.incubator.platform.transition.IllegalTransitionException} for an action the state does not allow),
 * store it and record before and after on the audit trail, in the caller's transaction. Every service's guarded
 * writes go through here ({@link #change}, or {@link #lock} where the change lands on records the locked one owns);
 * none loads, scope-checks and locks by hand.
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
        T before = lock(user, target, id);
        T after = change.apply(before);
        target.update(before, after);
        audit.record(user, event, target.auditSubjectType(), target.auditSubjectId(before, id),
                target.jurisdiction(before).code(), target.auditView(before), target.auditView(after));
        return new Changed<>(before, after);
    }

    /**
     * The first half of the sequence alone: loads the record for update within the caller's data scope (out of scope
     * reads as not found) and requires the caller may write it. For a write whose change lands on records the locked
     * one owns (an award's tranche, a case's members) and which the caller stores and audits itself, in the same
     * transaction; the lock orders concurrent writes on the record.
     */
    public <T> T lock(CurrentUser user, Target<T> target, Object id) {
        DataScope scope = scopes.of(user);
        T record = target.findForUpdate(id, scope, user)
                .orElseThrow(() -> new NotFoundException(target.subjectType(), id));
        scope.requireWritable(target.jurisdiction(record), target.organizationId(record));
        return record;
    }

    /**
     * A target from its parts, for the common case: the record's own subject type, id and view on the audit trail.
     *
     * @param subjectType the record kind in a not-found problem and on the audit trail
     * @param findForUpdate the record, locked for update, if it exists within the scope
     * @param jurisdiction where the record belongs
     * @param organizationId the organization it belongs to, or {@code null}
     * @param update stores the record after a change
     * @param auditView what the audit trail keeps of the record
     */
    public static <T> Target<T> target(String subjectType, BiFunction<Object, DataScope, Optional<T>> findForUpdate,
            Function<T, Jurisdiction> jurisdiction, Function<T, UUID> organizationId, Consumer<T> update,
            Function<T, ?> auditView) {
        return new Target<>() {
            @Override
            public String subjectType() {
                return subjectType;
            }

            @Override
            public Optional<T> findForUpdate(Object id, DataScope scope) {
                return findForUpdate.apply(id, scope);
            }

            @Override
            public Jurisdiction jurisdiction(T record) {
                return jurisdiction.apply(record);
            }

            @Override
            public UUID organizationId(T record) {
                return organizationId.apply(record);
            }

            @Override
            public void update(T before, T after) {
                update.accept(after);
            }

            @Override
            public Object auditView(T record) {
                return auditView.apply(record);
            }
        };
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

        /**
         * The record, locked for update, if the caller reaches it: within {@code scope} by default. A record kind
         * whose reach some callers have narrower than their data scope (a party instructor: only the cases assigned
         * to them) narrows it here.
         */
        default Optional<T> findForUpdate(Object id, DataScope scope, CurrentUser user) {
            return findForUpdate(id, scope);
        }

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
