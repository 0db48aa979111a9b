package cn.incubator.grants.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What project tracking (项目跟踪) records against an award. */
public final class Tracking {

    private Tracking() {
    }

    /** 辅导 (coaching) or 督导 (supervision). */
    public enum VisitKind {
        COACHING, SUPERVISION
    }

    public record Visit(UUID id, UUID awardId, VisitKind kind, LocalDate visitedOn, String visitor, String findings,
            String recordedBy, Instant recordedAt) {
    }

    /** 终期评估: by the programme's own experts or a third-party evaluator (第三方评估机构), scored 0–100. */
    public record Evaluation(UUID awardId, String evaluatorName, boolean thirdParty, int score, String conclusion,
            LocalDate evaluatedOn, String recordedBy, Instant recordedAt) {
    }

    /** One activity a project held (活动): the micro-venture's running record. */
    public record Activity(UUID id, UUID awardId, LocalDate heldOn, String title, int personTimes,
            int volunteerPersonTimes, String recordedBy, Instant recordedAt) {
    }

    /** A programme's activities added up over its awards in the caller's scope. */
    public record ActivityTotals(UUID programmeId, int projects, int activities, long personTimes,
            long volunteerPersonTimes) {
    }
}
