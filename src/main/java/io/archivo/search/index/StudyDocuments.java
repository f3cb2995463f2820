package io.archivo.search.index;

import io.archivo.geo.AreaCoverage;
import io.archivo.geo.CaliPlaces;
import io.archivo.search.FacetName;
import io.archivo.search.LocalizedText;
import io.archivo.search.StudyDocument;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.Set;

import java.io.IOException;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/** Turns a {@link StudyDocument} into the Lucene document of a study. */
final class StudyDocuments {

    private StudyDocuments() {
    }

    static Document toLucene(StudyDocument study, BlockAnalysis analysis) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, Fields.studyKey(study.studyId()), Field.Store.NO));
        doc.add(new StringField(Fields.KIND, Fields.KIND_STUDY, Field.Store.NO));
        doc.add(new NumericDocValuesField(Fields.KIND_ORDER, 0L));
        doc.add(new StringField(Fields.STUDY_ID, study.studyId(), Field.Store.YES));
        doc.add(new StoredField(Fields.VERSION, study.version()));
        doc.add(new StoredField(Fields.REVISION, study.revision()));
        VisibilityFields.add(doc, study.published(), study.accessClassification(), study.department());

        HitRow.Builder row = new HitRow.Builder();
        addText(doc, study, row, analysis);
        addYears(doc, study);
        addFacets(doc, study);
        addAreas(doc, study);

        String title = study.displayTitle();
        doc.add(new SortedDocValuesField(Fields.TITLE_SORT, new BytesRef(sortKey(title))));
        row.add(Fields.STUDY_ID, study.studyId()).add(Fields.VERSION, study.version()).add(Fields.SHOW_TITLE, title)
                .add(Fields.SHOW_DEPARTMENT, study.department()).add(Fields.SHOW_PROCESS_CODE, study.processCode())
                .add(Fields.YEAR_START, firstYear(study)).add(Fields.YEAR_END, lastYear(study));
        doc.add(row.toField());
        for (String suggestion : suggestions(study)) {
            doc.add(new StoredField(Fields.SUGGESTION, suggestion));
        }
        DenseNorms.complete(doc);
        return FacetFields.config().build(doc);
    }

    private static void addText(Document doc, StudyDocument study, HitRow.Builder row, BlockAnalysis analysis) {
        DocumentText text = new DocumentText(doc, row, analysis);
        text.addAll(TextFamily.TITLE, study.titles());
        text.addAll(TextFamily.ALTERNATIVE_TITLE, study.alternativeTitles());
        text.addAll(TextFamily.ABSTRACT, study.abstracts());
        text.addAll(TextFamily.KEYWORDS, study.keywords());
        text.addAll(TextFamily.TOPICS, study.topics());
        text.add(TextFamily.TOPICS, study.thematicArea());
        text.addAllPlain(TextFamily.CONTEXT, study.producers());
        text.add(TextFamily.CONTEXT, study.department());
        text.add(TextFamily.CONTEXT, study.processCode());
        text.add(TextFamily.CONTEXT, study.processName());
        text.add(TextFamily.CONTEXT, study.processType());
        text.addAllPlain(TextFamily.CONTEXT, study.geographicCoverage());
        text.addAllPlain(TextFamily.CONTEXT, study.unitsOfAnalysis());
        text.add(TextFamily.CONTEXT, study.universe());
        text.add(TextFamily.CONTEXT, study.kindOfData());
        text.add(TextFamily.CONTEXT, study.collectionMode());
    }

    private static void addYears(Document doc, StudyDocument study) {
        Integer start = firstYear(study);
        Integer end = lastYear(study);
        if (start == null) {
            return;
        }
        doc.add(new IntPoint(Fields.YEAR_START, start));
        doc.add(new IntPoint(Fields.YEAR_END, end));
        doc.add(new NumericDocValuesField(Fields.YEAR_START, start));
        doc.add(new NumericDocValuesField(Fields.YEAR_END, end));
    }

    /** When only one year is known, it is used for both. */
    private static Integer firstYear(StudyDocument study) {
        return study.yearStart() != null ? study.yearStart() : study.yearEnd();
    }

    private static Integer lastYear(StudyDocument study) {
        return study.yearEnd() != null ? study.yearEnd() : study.yearStart();
    }

    private static void addFacets(Document doc, StudyDocument study) {
        FacetFields.add(doc, FacetName.DEPARTMENT, study.department());
        FacetFields.add(doc, FacetName.THEMATIC_AREA, study.thematicArea());
        distinct(study.topics().stream().filter(t -> TextLanguage.of(t) == TextLanguage.SPANISH)
                .map(LocalizedText::text).toList())
                .forEach(t -> FacetFields.add(doc, FacetName.TOPIC, t));
        FacetFields.add(doc, FacetName.PROCESS_TYPE, study.processType());
        FacetFields.add(doc, FacetName.KIND_OF_DATA, study.kindOfData());
        distinct(study.geographicCoverage()).forEach(g -> FacetFields.add(doc, FacetName.GEOGRAPHIC_COVERAGE, g));
        distinct(study.unitsOfAnalysis()).forEach(u -> FacetFields.add(doc, FacetName.UNIT_OF_ANALYSIS, u));
        FacetFields.add(doc, FacetName.ACCESS_CLASSIFICATION, study.accessClassification().code());
        distinct(study.languages()).forEach(l -> FacetFields.add(doc, FacetName.LANGUAGE, l));
        decades(study.yearStart(), study.yearEnd()).forEach(d -> FacetFields.add(doc, FacetName.YEAR_RANGE, d));
    }

    /**
     * The areas of Cali's frame the study covers, by the geo capability's one rule (geographic coverage, geographic
     * units, titles): every area's code in {@link Fields#PLACE}, which a query naming a place is matched against, and
     * the comunas and corregimientos by name in the {@link FacetName#AREA} facet.
     */
    private static void addAreas(Document doc, StudyDocument study) {
        List<String> titles = Stream.concat(study.titles().stream(), study.alternativeTitles().stream())
                .map(LocalizedText::text).toList();
        AreaCoverage coverage = CaliPlaces.matcher().coverage(study.geographicCoverage(), study.geographicUnits(), titles);
        for (AreaCoverage.Area area : coverage.areas()) {
            doc.add(new StringField(Fields.PLACE, area.code(), Field.Store.NO));
        }
        for (AreaCoverage.Area area : coverage.comunasAndCorregimientos()) {
            FacetFields.add(doc, FacetName.AREA, area.name());
        }
    }

    /** Titles (all languages) and keywords: what autocomplete may offer for this study. */
    private static Set<String> suggestions(StudyDocument study) {
        Set<String> out = new LinkedHashSet<>();
        study.titles().forEach(t -> out.add(Folding.clean(t.text())));
        study.alternativeTitles().forEach(t -> out.add(Folding.clean(t.text())));
        study.keywords().forEach(t -> out.add(Folding.clean(t.text())));
        out.remove("");
        return out;
    }

    private static Set<String> distinct(Iterable<String> values) {
        Set<String> out = new LinkedHashSet<>();
        values.forEach(v -> out.add(Folding.clean(v)));
        out.remove("");
        return out;
    }

    static String sortKey(String text) {
        String key = Folding.fold(text);
        // doc values terms are limited to 32 KB; a sort key needs far less
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    /** The decades a period touches, as facet labels such as {@code 2010-2019} (at most 20, newest kept). */
    static java.util.List<String> decades(Integer start, Integer end) {
        if (start == null && end == null) {
            return java.util.List.of();
        }
        int from = (start != null ? start : end) / 10 * 10;
        int to = (end != null ? end : start) / 10 * 10;
        if (to < from) {
            int t = from;
            from = to;
            to = t;
        }
        from = Math.max(from, to - 190);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int d = from; d <= to; d += 10) {
            out.add(d + "-" + (d + 9));
        }
        return out;
    }
}
