package io.archivo.demo;

import java.util.List;

/**
 * What a demo study says beyond its process: the period covered, an abstract, keywords, topics and variables.
 *
 * @param year       the study's reference year, part of its IDNo ({@code CALI-<code>-<year>})
 * @param firstYear  first year of the time period covered
 * @param sampling   sampling procedure, or null for records and censuses
 */
record DemoStudySpec(
        String processCode,
        int year,
        int firstYear,
        String abstractText,
        List<String> keywords,
        List<String> topics,
        String kindOfData,
        String collectionMode,
        String sampling,
        long cases,
        List<DemoVariable> variables) {
}
