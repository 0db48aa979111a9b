package cn.incubator.partybuilding.partycase;

import java.util.Optional;

/**
 * The rules applied whenever an organization's member count changes: when the count crosses a threshold
 * (0 | 1–2 | 3+) and the arrangement in place no longer fits, the service proposes the move and a person decides.
 */
public final class FormationRules {

    private FormationRules() {
    }

    /** A move the service proposes after a count change (from the arrangement in place to the one required). */
    public record Move(Formation from, Formation to, int memberCount) {
    }

    /**
     * @param before  the member count before the change
     * @param after   the coverage after the change (its count is the new count)
     * @return the proposed move, or empty when no threshold was crossed or the arrangement already fits
     */
    public static Optional<Move> onCountChange(int before, Coverage after) {
        Formation required = after.required();
        if (Formation.requiredFor(before) == required || after.current() == required) {
            return Optional.empty();
        }
        return Optional.of(new Move(after.current(), required, after.memberCount()));
    }

    /** Whether a move to {@code target} is allowed with this many members (joining or forming goes by the count). */
    public static boolean allows(Formation target, int memberCount) {
        return Formation.requiredFor(memberCount) == target;
    }
}
