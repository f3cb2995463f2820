package io.archivo.ddi.xml;

import io.archivo.ddi.model.DataFile;
import io.archivo.ddi.model.DateRef;
import io.archivo.ddi.model.DdiVersion;
import io.archivo.ddi.model.Party;
import io.archivo.ddi.model.StudyDescription;
import io.archivo.ddi.model.Term;
import io.archivo.ddi.model.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.xml.sax.Attributes;

/**
 * {@code stdyDscr}: the study-level fields of {@link StudyDescription}. The paths are the same in DDI 1.2.2, 2.0,
 * 2.1 and 2.5, so a single table serves every version. Repeated elements are all kept (one per language, usually);
 * a second {@code stdyDscr} adds to the first.
 */
public final class StudySection implements CodebookSection {

    private final Map<String, Consumer<CapturedElement>> fields = new HashMap<>();

    private final List<String> idnos = new ArrayList<>();
    private final List<Text> titles = new ArrayList<>();
    private final List<Text> alternativeTitles = new ArrayList<>();
    private final List<Text> parallelTitles = new ArrayList<>();
    private final List<Party> authoringEntities = new ArrayList<>();
    private final List<Party> producers = new ArrayList<>();
    private final List<Party> distributors = new ArrayList<>();
    private final List<Text> abstracts = new ArrayList<>();
    private final List<Term> keywords = new ArrayList<>();
    private final List<Term> topics = new ArrayList<>();
    private final List<DateRef> timePeriods = new ArrayList<>();
    private final List<DateRef> collectionDates = new ArrayList<>();
    private final List<Text> nations = new ArrayList<>();
    private final List<Text> geographicCoverage = new ArrayList<>();
    private final List<Text> geographicUnits = new ArrayList<>();
    private final List<Text> unitsOfAnalysis = new ArrayList<>();
    private final List<Text> universe = new ArrayList<>();
    private final List<Text> kindOfData = new ArrayList<>();
    private final List<Text> collectionModes = new ArrayList<>();
    private final List<Text> sampling = new ArrayList<>();
    private final List<Text> accessConditions = new ArrayList<>();
    private String seriesName;

    public StudySection() {
        on("citation/titlStmt/titl", e -> addText(titles, e));
        on("citation/titlStmt/altTitl", e -> addText(alternativeTitles, e));
        on("citation/titlStmt/parTitl", e -> addText(parallelTitles, e));
        on("citation/titlStmt/IDNo", e -> addIfPresent(idnos, e.text()));
        on("citation/rspStmt/AuthEnty", e -> addParty(authoringEntities, e, null));
        on("citation/prodStmt/producer", e -> addParty(producers, e, e.attribute("role")));
        on("citation/distStmt/distrbtr", e -> addParty(distributors, e, null));
        on("citation/serStmt/serName", e -> seriesName = seriesName != null ? seriesName : e.text());
        on("stdyInfo/abstract", e -> addText(abstracts, e));
        on("stdyInfo/subject/keyword", e -> addTerm(keywords, e));
        on("stdyInfo/subject/topcClas", e -> addTerm(topics, e));
        on("stdyInfo/sumDscr/timePrd", e -> addDate(timePeriods, e));
        on("stdyInfo/sumDscr/collDate", e -> addDate(collectionDates, e));
        on("stdyInfo/sumDscr/nation", e -> addText(nations, e));
        on("stdyInfo/sumDscr/geogCover", e -> addText(geographicCoverage, e));
        on("stdyInfo/sumDscr/geogUnit", e -> addText(geographicUnits, e));
        on("stdyInfo/sumDscr/anlyUnit", e -> addText(unitsOfAnalysis, e));
        on("stdyInfo/sumDscr/universe", e -> addText(universe, e));
        on("stdyInfo/sumDscr/dataKind", e -> addText(kindOfData, e));
        on("method/dataColl/collMode", e -> addText(collectionModes, e));
        on("method/dataColl/sampProc", e -> addText(sampling, e));
        on("dataAccs/useStmt/restrctn", e -> addText(accessConditions, e));
        on("dataAccs/useStmt/conditions", e -> addText(accessConditions, e));
    }

    private void on(String path, Consumer<CapturedElement> field) {
        fields.put(path, field);
    }

    @Override
    public boolean start(String path, Attributes attributes) {
        return fields.containsKey(path);
    }

    @Override
    public void end(String path, CapturedElement element) {
        if (element != null) {
            fields.get(path).accept(element);
        }
    }

    /** The first non-blank {@code stdyDscr/citation/titlStmt/IDNo}, or null. */
    public String idno() {
        return idnos.isEmpty() ? null : idnos.get(0);
    }

    public boolean hasTitle() {
        return !titles.isEmpty();
    }

    public StudyDescription toStudy(DdiVersion version, String idno, List<DataFile> files, List<String> languages) {
        return new StudyDescription(version, idno, titles, alternativeTitles, parallelTitles, authoringEntities,
                producers, distributors, abstracts, keywords, topics, timePeriods, collectionDates, nations,
                geographicCoverage, geographicUnits, unitsOfAnalysis, universe, kindOfData, collectionModes, sampling,
                accessConditions, seriesName, files, languages);
    }

    private static void addText(List<Text> target, CapturedElement e) {
        Text text = e.toText();
        if (text != null) {
            target.add(text);
        }
    }

    private static void addIfPresent(List<String> target, String value) {
        if (value != null) {
            target.add(value);
        }
    }

    private static void addParty(List<Party> target, CapturedElement e, String role) {
        String name = e.text();
        if (name != null) {
            target.add(new Party(name, e.attribute("affiliation"), e.attribute("abbr"), role));
        }
    }

    private static void addTerm(List<Term> target, CapturedElement e) {
        String value = e.text();
        if (value != null) {
            target.add(new Term(value, e.lang(), e.attribute("vocab"), e.attribute("vocabURI")));
        }
    }

    /** The ISO {@code date} attribute, else the element text (legacy files often give only the text). */
    private static void addDate(List<DateRef> target, CapturedElement e) {
        String date = e.attribute("date");
        if (date == null) {
            date = e.text();
        }
        if (date != null || e.attribute("event") != null) {
            target.add(new DateRef(e.attribute("event"), date, e.attribute("cycle")));
        }
    }
}
