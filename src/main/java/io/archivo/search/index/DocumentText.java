package io.archivo.search.index;

import io.archivo.search.LocalizedText;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

/** Adds text to a Lucene document under the right fields of a {@link TextFamily}, and to the spelling dictionary. */
final class DocumentText {

    private final Document doc;
    private final HitRow.Builder row;

    /** @param row where the text snippets are cut from goes ({@link TextFamily#inSnippets()}) */
    DocumentText(Document doc, HitRow.Builder row) {
        this.doc = doc;
        this.row = row;
    }

    void add(TextFamily family, LocalizedText text) {
        String value = Folding.clean(text.text());
        if (value.isEmpty()) {
            return;
        }
        String field = family.fieldFor(TextLanguage.of(text));
        doc.add(new TextField(field, value, Field.Store.NO));
        if (family.inSnippets()) {
            row.add(field, value); // snippets are cut from the hit's row, not from stored fields
        }
        doc.add(new TextField(family.exact(), value, Field.Store.NO));
        doc.add(new TextField(Fields.SPELL, value, Field.Store.NO));
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
