package cn.incubator.platform.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the envelope every list operation of every service returns, never a bare array. The total is
 * the number of rows the whole list has (counted by the query, not by loading them); {@code totalEstimated} says
 * that it is the planner's estimate instead (only where counting would read millions of rows, e.g. a two-character
 * name search over all organizations).
 *
 * @param items the rows of this page, in the list's stable order
 * @param page the page number, from 0
 * @param size the rows per page asked for
 * @param total the rows of the whole list
 * @param totalEstimated whether {@code total} is an estimate
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalEstimated) {

    public Page {
        items = List.copyOf(items);
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
    }

    /** A page with a counted total. */
    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total, false);
    }

    /**
     * The requested page of a list that is already loaded whole because it is bounded by its owner (a record's
     * tranches, panel or timeline; a fixed catalogue), not by the caller's scope: the rows are sliced here.
     */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = (int) Math.min(all.size(), request.offset() + request.size());
        return of(all.subList(from, to), request, all.size());
    }

    /** The same page with each item mapped (e.g. a domain record to its response shape). */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total, totalEstimated);
    }

    /**
     * The same page with its items mapped together, e.g. completed by one query for the whole page instead of one per
     * row; the mapper returns one item for each, in the same order.
     */
    public <R> Page<R> mapAll(Function<? super List<T>, ? extends List<R>> mapper) {
        List<R> mapped = mapper.apply(items);
        if (mapped.size() != items.size()) {
            throw new IllegalStateException("mapped " + items.size() + " items to " + mapped.size());
        }
        return new Page<>(mapped, page, size, total, totalEstimated);
    }

    /**
     * The rows of a paged, scoped list, page by page of the largest size, up to {@code limit} rows (an export of what
     * a list shows, through the same query and scope as the list).
     */
    public static <T> List<T> collect(Function<PageRequest, Page<T>> query, int limit) {
        List<T> all = new ArrayList<>();
        for (int number = 0; all.size() < limit; number++) {
            Page<T> page = query.apply(new PageRequest(number, PageRequest.MAX_SIZE));
            all.addAll(page.items());
            if (page.items().size() < PageRequest.MAX_SIZE || all.size() >= page.total()) {
                break;
            }
        }
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }
}
