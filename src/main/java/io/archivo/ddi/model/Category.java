package io.archivo.ddi.model;

import java.util.List;

/** A category of a discrete variable ({@code catgry}): value, labels, frequency when given, missing flag. */
public record Category(String value, List<Text> labels, Long frequency, boolean missing) {
    public Category {
        labels = List.copyOf(labels);
    }
}
