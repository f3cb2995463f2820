package io.archivo.common.api;

import io.archivo.common.problem.ProblemException;

/** Validated paging parameters (page from 1, size from 1 to {@link Page#MAX_SIZE}). */
public record PageRequest(int page, int size) {

    /** Offsets stay within what databases and Lucene accept as an int. */
    private static final long MAX_OFFSET = 100_000_000L;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? 20 : size;
        if (p < 1) {
            throw ProblemException.badRequest("invalid-paging", "Invalid paging", "page must be 1 or more, got " + p);
        }
        if (s < 1 || s > Page.MAX_SIZE) {
            throw ProblemException.badRequest("invalid-paging", "Invalid paging",
                    "size must be between 1 and " + Page.MAX_SIZE + ", got " + s);
        }
        if ((long) (p - 1) * s > MAX_OFFSET) {
            throw ProblemException.badRequest("invalid-paging", "Invalid paging",
                    "page " + p + " is beyond the last page any listing can have");
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
