package io.archivo.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the index needs to know about one published or draft version of a study (DDI {@code stdyDscr}).
 * Lists are never null; single values may be null when the metadata does not say. Years are nullable for the same reason.
 * {@code revision} is the database's change counter of the study at the time it was indexed: start-up reconciliation
 * compares it with the database to find what a crash left stale.
 */
public record StudyDocument(
        String studyId,
        int version,
        List<LocalizedText> titles,
        List<LocalizedText> alternativeTitles,
        List<LocalizedText> abstracts,
        List<LocalizedText> keywords,
        List<LocalizedText> topics,
        List<String> producers,
        String department,
        String processCode,
        String processName,
        String processType,
        String thematicArea,
        List<String> geographicCoverage,
        List<String> unitsOfAnalysis,
        String universe,
        String kindOfData,
        String collectionMode,
        Integer yearStart,
        Integer yearEnd,
        AccessClassification accessClassification,
        boolean published,
        List<String> languages,
        long revision,
        List<String> dataFiles,
        List<String> geographicUnits) {

    public StudyDocument {
        Objects.requireNonNull(studyId, "studyId");
        if (studyId.isBlank()) {
            throw new IllegalArgumentException("studyId must not be blank");
        }
        titles = copy(titles);
        alternativeTitles = copy(alternativeTitles);
        abstracts = copy(abstracts);
        keywords = copy(keywords);
        topics = copy(topics);
        producers = copy(producers);
        geographicCoverage = copy(geographicCoverage);
        unitsOfAnalysis = copy(unitsOfAnalysis);
        languages = copy(languages);
        dataFiles = copy(dataFiles);
        geographicUnits = copy(geographicUnits);
        // unknown classification must never widen access
        accessClassification = accessClassification == null ? AccessClassification.RESERVADA : accessClassification;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    /** The title shown to citizens (Spanish when there is one). */
    public String displayTitle() {
        String t = LocalizedText.preferred(titles);
        return t == null ? studyId : t;
    }

    public static Builder builder(String studyId, int version) {
        return new Builder(studyId, version);
    }

    /** Convenient construction: the record has many optional components. */
    public static final class Builder {
        private long revision;
        private final String studyId;
        private final int version;
        private final List<LocalizedText> titles = new ArrayList<>();
        private final List<LocalizedText> alternativeTitles = new ArrayList<>();
        private final List<LocalizedText> abstracts = new ArrayList<>();
        private final List<LocalizedText> keywords = new ArrayList<>();
        private final List<LocalizedText> topics = new ArrayList<>();
        private final List<String> producers = new ArrayList<>();
        private final List<String> geographicCoverage = new ArrayList<>();
        private final List<String> dataFiles = new ArrayList<>();
        private final List<String> geographicUnits = new ArrayList<>();
        private final List<String> unitsOfAnalysis = new ArrayList<>();
        private final List<String> languages = new ArrayList<>();
        private String department;
        private String processCode;
        private String processName;
        private String processType;
        private String thematicArea;
        private String universe;
        private String kindOfData;
        private String collectionMode;
        private Integer yearStart;
        private Integer yearEnd;
        private AccessClassification accessClassification = AccessClassification.PUBLICA;
        private boolean published = true;

        private Builder(String studyId, int version) {
            this.studyId = studyId;
            this.version = version;
        }

        public Builder title(String text, String lang) { titles.add(new LocalizedText(text, lang)); return this; }
        public Builder title(String text) { return title(text, "es"); }
        public Builder alternativeTitle(String text, String lang) { alternativeTitles.add(new LocalizedText(text, lang)); return this; }
        public Builder abstractText(String text, String lang) { abstracts.add(new LocalizedText(text, lang)); return this; }
        public Builder abstractText(String text) { return abstractText(text, "es"); }
        public Builder keyword(String text, String lang) { keywords.add(new LocalizedText(text, lang)); return this; }
        public Builder keywords(String... texts) { for (String t : texts) { keyword(t, "es"); } return this; }
        public Builder topic(String text, String lang) { topics.add(new LocalizedText(text, lang)); return this; }
        public Builder topics(String... texts) { for (String t : texts) { topic(t, "es"); } return this; }
        public Builder producer(String producer) { producers.add(producer); return this; }
        public Builder department(String value) { department = value; return this; }
        public Builder process(String code, String name, String type) { processCode = code; processName = name; processType = type; return this; }
        public Builder thematicArea(String value) { thematicArea = value; return this; }
        public Builder geographicCoverage(String value) { geographicCoverage.add(value); return this; }
        /** A DDI {@code geogUnit} value (read whole for areas of Cali's frame: "Comuna 3", "Navarro"). */
        public Builder geographicUnit(String value) { geographicUnits.add(value); return this; }
        public Builder unitOfAnalysis(String value) { unitsOfAnalysis.add(value); return this; }
        public Builder universe(String value) { universe = value; return this; }
        public Builder kindOfData(String value) { kindOfData = value; return this; }
        public Builder collectionMode(String value) { collectionMode = value; return this; }
        public Builder years(Integer start, Integer end) { yearStart = start; yearEnd = end; return this; }
        public Builder access(AccessClassification value) { accessClassification = value; return this; }
        public Builder published(boolean value) { published = value; return this; }
        public Builder language(String value) { languages.add(value); return this; }
        public Builder revision(long value) { revision = value; return this; }
        /** A data file's name or one of its column names, searchable with the study ("matricula_2024.csv"). */
        public Builder dataFile(String value) { dataFiles.add(value); return this; }

        public StudyDocument build() {
            return new StudyDocument(studyId, version, titles, alternativeTitles, abstracts, keywords, topics, producers,
                    department, processCode, processName, processType, thematicArea, geographicCoverage, unitsOfAnalysis,
                    universe, kindOfData, collectionMode, yearStart, yearEnd, accessClassification, published, languages,
                    revision, dataFiles, geographicUnits);
        }
    }
}
