package cn.incubator.grants.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** One expert's scores of one proposal, by criterion, with comments (评审意见). */
public record ScoreSheet(String talentId, Map<String, BigDecimal> scores, Map<String, String> comments,
        String scoredBy, Instant scoredAt) {
}
