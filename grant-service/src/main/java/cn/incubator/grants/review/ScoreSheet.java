package cn.incubator.grants.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One expert's scores of one proposal, by criterion, with comments (评审意见). {@code scoredBy} is the login that wrote
 * it; {@code enteredBy} names the officer who entered the expert's paper sheet (代录), {@code null} when the expert
 * scored under their own login.
 */
public record ScoreSheet(String talentId, Map<String, BigDecimal> scores, Map<String, String> comments,
        String scoredBy, Instant scoredAt, String enteredBy) {
}
