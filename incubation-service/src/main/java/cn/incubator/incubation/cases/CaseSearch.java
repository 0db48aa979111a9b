package cn.incubator.incubation.cases;

import java.time.Instant;
import java.util.UUID;

/** Filters of the case list; {@code overdueAt} keeps only cases with a clock run out at that moment. */
record CaseSearch(Stage stage, Track track, UUID baseId, Instant overdueAt) {
}
