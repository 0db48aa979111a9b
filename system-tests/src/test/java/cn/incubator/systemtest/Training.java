package cn.incubator.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Steps of the training service that several system tests take the same way. */
final class Training {

    static final String API = "/api/training/v1";

    private Training() {
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
