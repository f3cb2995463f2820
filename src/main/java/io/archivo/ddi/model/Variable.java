package io.archivo.ddi.model;

import java.util.List;
import java.util.Map;

/**
 * A variable ({@code dataDscr/var}). {@code position} is its 0-based order in the document.
 * {@code intervalType} is the {@code intrvl} attribute ({@code discrete}, {@code contin}, …) or null;
 * {@code formatType} is {@code varFormat/@type} ({@code numeric}, {@code character}) or null;
 * {@code statistics} maps {@code sumStat/@type} (mean, medn, min, max, stdev, vald, invd, …) to its value.
 */
public record Variable(
        int position,
        String id,
        String name,
        String fileId,
        List<Text> labels,
        List<Text> questions,
        String intervalType,
        String formatType,
        List<Category> categories,
        Map<String, String> statistics) {

    public Variable {
        labels = List.copyOf(labels);
        questions = List.copyOf(questions);
        categories = List.copyOf(categories);
        statistics = Map.copyOf(statistics);
    }

    public boolean isDiscrete() {
        return "discrete".equalsIgnoreCase(intervalType) || !categories.isEmpty() && intervalType == null;
    }
}
