package io.archivo.search.index;

import io.archivo.search.LocalizedText;

import org.apache.lucene.document.Document;

/** Adds text to a Lucene document under the right fields of a {@link TextFamily}, and to the spelling dictionary. */
final class DocumentText {

    private final Document doc;
    private final HitRow.Builder row;
    private final BlockAnalysis analysis;

    /**
     * @param row      where the text snippets are cut from goes ({@link TextFamily#inSnippets()})
     * @param analysis the block's analysed texts, shared by the study's and its variables' documents
     */
    DocumentText(Document doc, HitRow.Builder row, BlockAnalysis analysis) {
        this.doc = doc;
        this.row = row;
        this.analysis = analysis;
    }

    void add(TextFamily family, LocalizedText text) {
        String value = Folding.clean(text.text());
        if (value.isEmpty()) {
            return;
        }
        String field = family.fieldFor(TextLanguage.of(text));
        doc.add(analysis.field(field, value));
        if (family.inSnippets()) {
            row.add(field, value); // snippets are cut from the hit's row, not from stored fields
        }
        doc.add(analysis.field(family.exact(), value));
        doc.add(analysis.spelling(value));
    }

    void add(TextFamily family, String spanishText) {
        if (spanishText != null) {
            add(family, new LocalizedText(spanishText, null));
        }
    }

    void addAll(TextFamily family, Iterable<LocalizedText> texts) {
        texts.forEach(t -> add(family, t));
    }

    void addAllPlain(TextFamily family, Iterable<String> texts) {
        texts.forEach(t -> add(family, t));
    }
}
