package cn.incubator.registry.excel;

import java.util.List;

/**
 * One column of an import sheet.
 *
 * @param key      the field the column fills; bean-validation and {@code FieldProblemException} field names map back
 *                 to the column through it. A header may be written as the title or as the key.
 * @param title    the header users see (Chinese)
 * @param required whether the template marks it required (the row's own validation decides)
 * @param hint     what to enter, shown on the template's instructions sheet
 * @param example  an example value for the instructions sheet
 * @param choices  allowed values offered as a drop-down, empty for free input
 * @param text     whether the column holds text that looks like a number (ID numbers, phones, codes): formatted as
 *                 text in the template so Excel does not turn 430121198001010010 into 4.30121E+17
 */
public record Column(String key, String title, boolean required, String hint, String example, List<String> choices,
        boolean text) {

    public Column {
        choices = List.copyOf(choices);
    }

    public static Column of(String key, String title, boolean required, String hint, String example) {
        return new Column(key, title, required, hint, example, List.of(), false);
    }

    public Column choices(List<String> values) {
        return new Column(key, title, required, hint, example, values, text);
    }

    public Column asText() {
        return new Column(key, title, required, hint, example, choices, true);
    }
}
