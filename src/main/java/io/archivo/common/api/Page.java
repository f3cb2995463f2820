package io.archivo.common.api;

import java.util.List;
import java.util.function.Function;

/** The shape of every paged response: {@code {"total", "page", "size", "items"}}; pages count from 1. */
public record Page<T>(long total, int page, int size, List<T> items) {

    public static final int MAX_SIZE = 100;

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(total, page, size, items.stream().map(mapper).toList());
    }
}
