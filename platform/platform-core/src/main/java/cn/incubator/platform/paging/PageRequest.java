package cn.incubator.platform.paging;

/**
 * Which page of a list the caller asked for: the query parameters {@code page} (from 0, default 0) and {@code size}
 * (1 to {@link #MAX_SIZE}, default {@link #DEFAULT_SIZE}), the same on every list operation of every service.
 *
 * @param page the page number, from 0
 * @param size the rows per page
 */
public record PageRequest(int page, int size) {

    /** Rows per page when the caller names none. */
    public static final int DEFAULT_SIZE = 20;

    /** The largest page a caller may ask for. */
    public static final int MAX_SIZE = 200;

    /** The page number past which nothing is served (an offset beyond it is a scan, not a page). */
    public static final int MAX_PAGE = 100_000;

    /** The first page of the default size. */
    public static final PageRequest FIRST = new PageRequest(0, DEFAULT_SIZE);

    public PageRequest {
        if (page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be 0.." + MAX_PAGE + ": " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE + ": " + size);
        }
    }

    /** The first page of {@code size} rows. */
    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    /** The rows before this page. */
    public long offset() {
        return (long) page * size;
    }
}
