package io.archivo.ddi.xml;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Lets the DDI 2.5 schema check a legacy codebook (1.2.2, 2.0, 2.1): when the root {@code codeBook} is in the
 * ICPSR namespace or in none, every element in those namespaces is moved to {@code ddi:codebook:2_5} and the
 * root's {@code version} attribute (fixed to "2.5" by the schema) is restated as 2.5. What the schema still
 * finds afterwards are real differences between the document and DDI 2.5. A 2.5 document passes unchanged.
 */
public final class LegacyNamespaceUpgrade extends XMLFilterImpl {

    private boolean decided;
    private boolean active;

    public LegacyNamespaceUpgrade(ContentHandler target) {
        setContentHandler(target);
    }

    /** Whether the document was upgraded (known once the root element has started). */
    public boolean upgraded() {
        return active;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        super.startPrefixMapping(prefix, DdiNamespaces.ICPSR_LEGACY.equals(uri) ? DdiNamespaces.CODEBOOK_2_5 : uri);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (!decided) {
            decided = true;
            active = DdiNamespaces.isLegacy(uri);
            if (active) {
                atts = restateVersion(atts);
            }
        }
        super.startElement(map(uri), localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(map(uri), localName, qName);
    }

    private String map(String uri) {
        return active && DdiNamespaces.isLegacy(uri) ? DdiNamespaces.CODEBOOK_2_5 : uri;
    }

    private static Attributes restateVersion(Attributes atts) {
        int index = atts.getIndex("", "version");
        if (index < 0) {
            return atts;
        }
        AttributesImpl copy = new AttributesImpl(atts);
        copy.setValue(index, "2.5");
        return copy;
    }
}
