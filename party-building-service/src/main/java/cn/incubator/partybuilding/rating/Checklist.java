package cn.incubator.partybuilding.rating;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checklist a star rating is scored against (星级评定标准), e.g. the "five-ization" (五化) standard: each item
 * with its maximum points.
 */
public record Checklist(long id, String name, List<Item> items, StarScale scale) {

    public Checklist {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a checklist needs items");
        }
        Set<String> codes = items.stream().map(Item::code).collect(Collectors.toSet());
        if (codes.size() != items.size()) {
            throw new IllegalArgumentException("item codes must be unique");
        }
    }

    /** One checklist item, e.g. 组织设置规范化 worth 20 points. */
    public record Item(String code, String title, int maxPoints) {
        public Item {
            if (maxPoints <= 0) {
                throw new IllegalArgumentException("an item is worth at least one point");
            }
        }
    }

    /** Something wrong with a score sheet, by item code. */
    public record ScoreProblem(String itemCode, String problem) {
    }

    /** A scored sheet: points by item, the total and the stars it earns. */
    public record Result(Map<String, Integer> points, int score, int maxScore, int stars) {
    }

    public int maxScore() {
        return items.stream().mapToInt(Item::maxPoints).sum();
    }

    /** The problems with a score sheet: every item scored, within 0..max, nothing unknown. Empty when it is fine. */
    public List<ScoreProblem> problems(Map<String, Integer> points) {
        List<ScoreProblem> problems = new ArrayList<>();
        for (Item item : items) {
            Integer given = points.get(item.code());
            if (given == null) {
                problems.add(new ScoreProblem(item.code(), "missing"));
            } else if (given < 0 || given > item.maxPoints()) {
                problems.add(new ScoreProblem(item.code(), "out-of-range"));
            }
        }
        points.keySet().stream()
                .filter(code -> items.stream().noneMatch(item -> item.code().equals(code)))
                .sorted()
                .forEach(code -> problems.add(new ScoreProblem(code, "unknown")));
        return problems;
    }

    /** @throws IllegalArgumentException when {@link #problems} finds any */
    public Result score(Map<String, Integer> points) {
        if (!problems(points).isEmpty()) {
            throw new IllegalArgumentException("score sheet has problems: " + problems(points));
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        items.forEach(item -> ordered.put(item.code(), points.get(item.code())));
        int score = ordered.values().stream().mapToInt(Integer::intValue).sum();
        return new Result(ordered, score, maxScore(), scale.stars(score, maxScore()));
    }
}
