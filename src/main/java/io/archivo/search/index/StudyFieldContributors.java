package io.archivo.search.index;

import io.archivo.search.StudyDocument;
import io.archivo.search.VariableDocument;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;

/**
 * Fields of a study's Lucene document that come from more than the study record: what its variables measure, and the
 * names of its data files. Kept apart from {@link StudyDocuments} (the study record's own fields), and called
 * with the whole block, so that whatever builds the records stays unaware of it.
 */
final class StudyFieldContributors {

    /** Enough to say what a study measures; more adds little and costs index size. */
    private static final int MAX_VARIABLE_TEXTS = 2_000;

    private StudyFieldContributors() {
    }

    static void contribute(Document studyDoc, StudyDocument study, List<VariableDocument> variables,
            BlockAnalysis analysis) {
        variableText(studyDoc, variables, analysis);
        dataFileText(studyDoc, study, analysis);
    }

    /**
     * The names, labels and questions of the study's variables, as one searchable family of the study: people type
     * the name of a measure ("peso al nacer") and expect the studies that have such a variable. Not stored: hits show
     * the study's own text. Sensitive variables are left out: their own documents are at least {@code clasificada},
     * but the study's document is as visible as the study, so their names, labels and questions here would let the
     * public find the study, and spelling offer their words, by what only the study's managers may see.
     */
    private static void variableText(Document doc, List<VariableDocument> variables, BlockAnalysis analysis) {
        Set<String> texts = new LinkedHashSet<>();
        for (VariableDocument v : variables) {
            if (v.sensitive()) {
                continue;
            }
            addClean(texts, v.name());
            addClean(texts, v.label());
            addClean(texts, v.question());
            if (texts.size() >= MAX_VARIABLE_TEXTS) {
                break;
            }
        }
        addToStudyVariables(doc, texts, analysis);
    }

    /**
     * The names of the study's public data files and their columns, in the same family as the variables (a column
     * is a variable by another name). A name is indexed whole ("matricula_2024.csv") and in words ("matricula 2024
     * csv"), so both the file's name and the words in it find the study.
     */
    private static void dataFileText(Document doc, StudyDocument study, BlockAnalysis analysis) {
        Set<String> texts = new LinkedHashSet<>();
        for (String name : study.dataFiles()) {
            addClean(texts, name);
            addClean(texts, name.replaceAll("[_.\\-]+", " "));
            if (texts.size() >= MAX_VARIABLE_TEXTS) {
                break;
            }
        }
        addToStudyVariables(doc, texts, analysis);
    }

    private static void addToStudyVariables(Document doc, Set<String> texts, BlockAnalysis analysis) {
        // the variables' own documents analysed the same texts the same ways: the block's analysis replays them
        for (String text : texts) {
            doc.add(analysis.field(TextFamily.STUDY_VARIABLES.spanish(), text));
            doc.add(analysis.field(TextFamily.STUDY_VARIABLES.exact(), text));
            doc.add(analysis.spelling(text));
        }
    }

    private static void addClean(Set<String> into, String text) {
        if (text != null) {
            String clean = Folding.clean(text);
            if (!clean.isEmpty()) {
                into.add(clean);
            }
        }
    }
}
