package io.archivo.search.indexing;

import io.archivo.archive.catalogue.IndexableStudy;
import io.archivo.ddi.model.Category;
import io.archivo.ddi.model.DateRef;
import io.archivo.ddi.model.Party;
import io.archivo.ddi.model.StudyDescription;
import io.archivo.ddi.model.Text;
import io.archivo.ddi.model.Variable;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.search.AccessClassification;
import io.archivo.search.StudyDocument;
import io.archivo.search.VariableDocument;
import io.archivo.search.index.LuceneIndex;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Maps an archived study version (and its process in the inventory, if any) to the index's documents. */
final class StudyDocumentFactory {

    private StudyDocumentFactory() {
    }

    static StudyDocument study(IndexableStudy study, ProcessData process, List<String> dataFileTerms) {
        StudyDescription d = study.description();
        StudyDocument.Builder b = StudyDocument.builder(study.idno(), study.version())
                .published(study.published())
                .access(AccessClassification.fromCode(study.accessLevel()))
                .revision(study.revision());
        d.titles().forEach(t -> b.title(t.value(), t.lang()));
        Stream.concat(d.alternativeTitles().stream(), d.parallelTitles().stream())
                .forEach(t -> b.alternativeTitle(t.value(), t.lang()));
        d.abstracts().forEach(t -> b.abstractText(t.value(), t.lang()));
        d.keywords().forEach(k -> b.keyword(k.value(), k.lang()));
        d.topics().forEach(t -> b.topic(t.value(), t.lang()));
        Stream.of(d.authoringEntities(), d.producers()).flatMap(List::stream).map(Party::name).filter(Objects::nonNull)
                .distinct().forEach(b::producer);
        if (process != null) {
            b.department(process.department() == null ? null : process.department().label())
                    .process(process.code(), process.name(), process.type() == null ? null : process.type().label())
                    .thematicArea(process.thematicArea());
        }
        values(d.geographicCoverage()).forEach(b::geographicCoverage);
        values(d.geographicUnits()).forEach(b::geographicUnit);
        values(d.unitsOfAnalysis()).forEach(b::unitOfAnalysis);
        b.universe(preferred(d.universe()))
                .kindOfData(preferred(d.kindOfData()))
                .collectionMode(preferred(d.collectionModes()));
        List<Integer> years = Stream.concat(d.timePeriods().stream(), d.collectionDates().stream())
                .map(DateRef::year).filter(Objects::nonNull).sorted().toList();
        if (!years.isEmpty()) {
            b.years(years.get(0), years.get(years.size() - 1));
        }
        d.languages().forEach(b::language);
        dataFileTerms.forEach(b::dataFile);
        return b.build();
    }

    /**
     * What the index receives for {@code study}: its document and its variables', the sensitive ones flagged (the index
     * keeps them from whoever may not see them).
     */
    static LuceneIndex.StudyBlock block(IndexableStudy study, ProcessData process, List<String> dataFileTerms) {
        StudyDocument doc = study(study, process, dataFileTerms);
        List<VariableDocument> variables = study.variables().stream()
                .map(v -> {
                    VariableDocument vd = variable(study.idno(), v.variable());
                    return v.sensitive() ? vd.asSensitive() : vd;
                }).toList();
        return new LuceneIndex.StudyBlock(doc, variables);
    }

    static VariableDocument variable(String studyId, Variable v) {
        List<String> categories = v.categories().stream().map(Category::labels).map(l -> Text.preferred(l, "es"))
                .filter(Objects::nonNull).toList();
        return VariableDocument.of(studyId, v.id() == null ? "V" + v.position() : v.id(), v.name(),
                Text.preferred(v.labels(), "es"), Text.preferred(v.questions(), "es"), categories);
    }

    private static List<String> values(List<Text> texts) {
        return texts.stream().map(Text::value).distinct().toList();
    }

    private static String preferred(List<Text> texts) {
        return Text.preferred(texts, "es");
    }
}
