package io.archivo.ddi.xml;

import io.archivo.ddi.model.Text;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.AttributesImpl;

/**
 * An element whose text a mapper asked for: its attributes, the language in scope and all the character data of
 * its subtree (so mixed content and XHTML inside an abstract come out as plain text).
 */
public final class CapturedElement {

    private final int depth;
    private final Attributes attributes;
    private final String lang;
    private final StringBuilder text = new StringBuilder();

    public CapturedElement(int depth, Attributes attributes, String lang) {
        this.depth = depth;
        this.attributes = new AttributesImpl(attributes);
        this.lang = lang;
    }

    public int depth() {
        return depth;
    }

    void append(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    /** Separates the text of two block-level children (paragraphs, list items) that have no whitespace between them. */
    void separate() {
        text.append(' ');
    }

    public String lang() {
        return lang;
    }

    /** The text with whitespace trimmed and collapsed (real files indent text content); null when blank. */
    public String text() {
        return Whitespace.collapse(text);
    }

    /** The text with its language, or null when blank. */
    public Text toText() {
        String value = text();
        return value == null ? null : new Text(value, lang);
    }

    /** An unqualified attribute (DDI attributes have no namespace), trimmed; null when absent or blank. */
    public String attribute(String localName) {
        return Attributes2.value(attributes, localName);
    }
}
