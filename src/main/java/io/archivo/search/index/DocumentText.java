package io.archivo.search.index;

import io.archivo.search.LocalizedText;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

/** Adds text to a Lucene document under the right fields of a {@link TextFamily}, and to the spelling dictionary. */
final class DocumentText {

    private final Document doc;

    DocumentText(Document doc) {
        this.doc = doc;
    }

    void add(TextFamily family, LocalizedText text) {
        String value = Folding.clean(text.text());
        if (value.isEmpty()) {
            return;
        }
        // stored so that the highlighter can cut snippets from it
        doc.add(new TextField(family.fieldFor(TextLanguage.of(text)), value, Field.Store.YES));
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
