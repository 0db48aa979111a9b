package cn.incubator.partybuilding.partycase;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import java.util.UUID;

/** Filters for listing cases; all optional. */
public record CaseSearch(Stage stage, Jurisdiction within, UUID jointBranchId, UUID organizationId) {
}
