package cn.incubator.partybuilding.partycase;

import java.util.ArrayList;
import java.util.List;

/**
 * An organization's party coverage as it stands: member count and what is in place. Knows which {@link Formation}
 * the count requires and what is still missing for it.
 */
public record Coverage(int memberCount, boolean instructorAssigned, boolean developmentPlanKept,
        boolean inJointBranch, boolean ownBranch) {

    public Coverage {
        if (memberCount < 0) {
            throw new IllegalArgumentException("member count cannot be negative: " + memberCount);
        }
        if (inJointBranch && ownBranch) {
            throw new IllegalArgumentException("an organization is in a joint branch or has its own, not both");
        }
    }

    /** The arrangement in place now, whatever the count requires. */
    public Formation current() {
        if (ownBranch) {
            return Formation.OWN_BRANCH;
        }
        return inJointBranch ? Formation.JOINT_BRANCH : Formation.INSTRUCTOR_AND_DEVELOPMENT;
    }

    public Formation required() {
        return Formation.requiredFor(memberCount);
    }

    public List<Shortfall> shortfalls() {
        List<Shortfall> missing = new ArrayList<>();
        switch (required()) {
            case INSTRUCTOR_AND_DEVELOPMENT -> {
                if (!instructorAssigned) {
                    missing.add(Shortfall.INSTRUCTOR_MISSING);
                }
                if (!developmentPlanKept) {
                    missing.add(Shortfall.DEVELOPMENT_PLAN_MISSING);
                }
            }
            case JOINT_BRANCH -> {
                if (!inJointBranch) {
                    missing.add(Shortfall.JOINT_BRANCH_MISSING);
                }
            }
            case OWN_BRANCH -> {
                if (!ownBranch) {
                    missing.add(Shortfall.OWN_BRANCH_MISSING);
                }
            }
        }
        return missing;
    }

    public boolean satisfied() {
        return shortfalls().isEmpty();
    }
}
