package io.archivo.ddi.model;

import java.util.List;

/**
 * The version-neutral study-level content of a DDI Codebook (any of 1.2.2, 2.0, 2.1, 2.5). Multilingual
 * elements keep every language they were given in. Lists are never null.
 *
 * @param idno          study identifier: {@code stdyDscr/citation/titlStmt/IDNo}, else the {@code docDscr} one
 * @param seriesName    {@code stdyDscr/citation/serStmt/serName}, which may name the statistical process
 * @param languages     the distinct {@code xml:lang} values seen in the document
 */
public record StudyDescription(
        DdiVersion ddiVersion,
        String idno,
        List<Text> titles,
        List<Text> alternativeTitles,
        List<Text> parallelTitles,
        List<Party> authoringEntities,
        List<Party> producers,
        List<Party> distributors,
        List<Text> abstracts,
        List<Term> keywords,
        List<Term> topics,
        List<DateRef> timePeriods,
        List<DateRef> collectionDates,
        List<Text> nations,
        List<Text> geographicCoverage,
        List<Text> geographicUnits,
        List<Text> unitsOfAnalysis,
        List<Text> universe,
        List<Text> kindOfData,
        List<Text> collectionModes,
        List<Text> sampling,
        List<Text> accessConditions,
        String seriesName,
        List<DataFile> files,
        List<String> languages) {

    public StudyDescription {
        titles = List.copyOf(titles);
        alternativeTitles = List.copyOf(alternativeTitles);
        parallelTitles = List.copyOf(parallelTitles);
        authoringEntities = List.copyOf(authoringEntities);
        producers = List.copyOf(producers);
        distributors = List.copyOf(distributors);
        abstracts = List.copyOf(abstracts);
        keywords = List.copyOf(keywords);
        topics = List.copyOf(topics);
        timePeriods = List.copyOf(timePeriods);
        collectionDates = List.copyOf(collectionDates);
        nations = List.copyOf(nations);
        geographicCoverage = List.copyOf(geographicCoverage);
        geographicUnits = List.copyOf(geographicUnits);
        unitsOfAnalysis = List.copyOf(unitsOfAnalysis);
        universe = List.copyOf(universe);
        kindOfData = List.copyOf(kindOfData);
        collectionModes = List.copyOf(collectionModes);
        sampling = List.copyOf(sampling);
        accessConditions = List.copyOf(accessConditions);
        files = List.copyOf(files);
        languages = List.copyOf(languages);
    }
}
