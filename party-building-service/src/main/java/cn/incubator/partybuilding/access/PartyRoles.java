package cn.incubator.partybuilding.access;

/** Who may do what in party building, as {@code @PreAuthorize} expressions; data scope narrows each further. */
public final class PartyRoles {

    /** Read cases, structure and ratings. */
    public static final String READ =
            "hasAnyRole('platform-admin', 'civil-affairs', 'base-operator', 'hub-operator', 'party-instructor', 'org-admin')";
    /** Open a case by hand (organizations admitted before the platform): the base or civil affairs. */
    public static final String OPEN_CASE = "hasAnyRole('platform-admin', 'civil-affairs', 'base-operator')";
    /** Party work on a case: stages, plan, branches, proposals, meetings; also the only roles that see members. */
    public static final String PARTY_WORK = "hasAnyRole('platform-admin', 'civil-affairs', 'party-instructor')";
    /** The committee's decisions: assigning instructors, pairing, building the structure, rating stars. */
    public static final String COMMITTEE = "hasAnyRole('platform-admin', 'civil-affairs')";
    /** The checklist ratings are scored against. */
    public static final String PLATFORM = "hasRole('platform-admin')";
    /** Coverage reports. */
    public static final String REPORTS = "hasAnyRole('platform-admin', 'civil-affairs', 'base-operator', 'hub-operator')";

    private PartyRoles() {
    }
}
