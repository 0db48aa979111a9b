package cn.incubator.training.survey;

import java.util.List;

/**
 * One organization's answer to one question: the chosen option keys (a choice), the value (a scale) or the text.
 */
public record Answer(String question, List<String> options, Integer scale, String text) {

    public Answer {
        options = options == null ? List.of() : List.copyOf(options);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static Answer choice(String question, String... options) {
        return new Answer(question, List.of(options), null, null);
    }

    public static Answer scale(String question, int value) {
        return new Answer(question, List.of(), value, null);
    }

    public static Answer text(String question, String text) {
        return new Answer(question, List.of(), null, text);
    }
}
