package io.archivo.ddi.xml;

import org.xml.sax.Attributes;

/** Attribute look-up by local name, tolerant of how real files qualify (or fail to qualify) DDI attributes. */
final class Attributes2 {

    private Attributes2() {
    }

    /** The unqualified attribute {@code localName}, trimmed; null when absent or blank. */
    static String value(Attributes attributes, String localName) {
        String value = attributes.getValue("", localName);
        if (value == null) {
            value = attributes.getValue(localName);
        }
        if (value == null) {
            return null;
        }
        value = value.trim();
        return value.isEmpty() ? null : value;
    }
}
