package io.archivo.inventory.api.dto;

import java.util.List;

/** One page of a list; {@code page} counts from 0. */
public record PageView<T>(long total, int page, int size, List<T> items) {
}
