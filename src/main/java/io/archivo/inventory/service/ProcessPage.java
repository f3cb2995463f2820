package io.archivo.inventory.service;

import io.archivo.inventory.domain.ProcessData;
import java.util.List;

/** One page of the process list; {@code page} counts from 0. */
public record ProcessPage(long total, int page, int size, List<ProcessData> items) {
    public ProcessPage {
        items = List.copyOf(items);
    }
}
