package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Steps of the training service that several system tests take the same way. */
final class Training {

    static final String API = "/api/training/v1";

    /**
     * How long a test's sitting lasts. The tests wait for its end in real time (the service refuses completion before
     * it), so it is short.
     */
    static final Duration SITTING = Duration.ofSeconds(10);

    private Training() {
    }

    /**
     * When a sitting planned now starts: 30 s ahead, time enough for the dozen calls a test makes before it (plan,
     * publish, enrol until the deadline {@link #enrolmentDeadline}, check in), which take a few seconds on the CI
     * machine. The tests wait for it in real time, so it is not longer.
     */
    static Instant sittingStart() {
        return Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The enrolment deadline of a session whose first sitting starts at {@code start}: 5 s before it. */
    static Instant enrolmentDeadline(Instant start) {
        return start.minusSeconds(5);
    }

    /** Enrols a person of the caller's organization as hub staff, expecting the status; the enrolment's id. */
    static String enrol(String sessions, String org, String name, String expected) {
        return enrol(sessions, org, name, "HUB_STAFF", expected);
    }

    static String enrol(String sessions, String org, String name, String audience, String expected) {
        Api.Response enrolled = Api.post(sessions + "/enrolments", org, Map.of("personName", name,
                "audience", audience));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        assertThat(enrolled.json().get("status").asString()).isEqualTo(expected);
        return enrolled.json().get("id").asString();
    }

    /** The one-time code (the QR slip) of an enrolment among the codes issued for a sitting. */
    static String checkInCode(Api.Response codes, String enrolmentId) {
        assertThat(codes.status()).as(codes.body()).isEqualTo(201);
        return codes.json().get("items").valueStream()
                .filter(c -> c.get("enrolmentId").asString().equals(enrolmentId)).findFirst().orElseThrow()
                .get("code").asString();
    }

    /**
     * A survey's results, asked again once when the first answer is the 503 that says to retry (a registry just
     * started may miss the first deadline of the response-rate count).
     */
    static Api.Response surveyResults(String survey, String token) {
        Api.Response results = Api.get(survey + "/results", token);
        if (results.status() == 503 && results.header("Retry-After") != null) {
            results = Api.get(survey + "/results", token);
        }
        return results;
    }
}
