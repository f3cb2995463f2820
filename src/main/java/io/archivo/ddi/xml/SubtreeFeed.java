package io.archivo.ddi.xml;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.NamespaceSupport;

/**
 * Passes on the first {@code codeBook} element subtree of a document as if it were a whole document, so a
 * codebook inside an OAI-PMH {@code GetRecord} response can be validated against the DDI schema on the fly.
 * The namespace declarations in scope where the subtree starts are replayed, since they were made on ancestors
 * the target never sees. For a plain codebook this is the identity.
 */
public final class SubtreeFeed implements ContentHandler {

    private static final String ROOT = "codeBook";

    private final ContentHandler target;
    private final NamespaceSupport namespaces = new NamespaceSupport();
    private final List<String[]> pendingMappings = new ArrayList<>();
    private final List<String> replayedPrefixes = new ArrayList<>();
    private int depth = -1; // -1 before the subtree, then depth inside it
    private boolean done;

    public SubtreeFeed(ContentHandler target) {
        this.target = target;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        target.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() {
        namespaces.reset();
    }

    @Override
    public void endDocument() {
        // the target's document ended with the subtree
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        pendingMappings.add(new String[] {prefix, uri});
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (depth >= 0) {
            target.endPrefixMapping(prefix);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        namespaces.pushContext();
        for (String[] m : pendingMappings) {
            namespaces.declarePrefix(m[0], m[1]);
        }
        if (depth >= 0) {
            forwardPending();
            depth++;
            target.startElement(uri, localName, qName, atts);
        } else if (!done && ROOT.equals(localName)) {
            depth = 0;
            target.startDocument();
            replayInScopeMappings();
            target.startElement(uri, localName, qName, atts);
        }
        pendingMappings.clear();
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        namespaces.popContext();
        if (depth < 0) {
            return;
        }
        target.endElement(uri, localName, qName);
        if (depth-- == 0) {
            for (String prefix : replayedPrefixes) {
                target.endPrefixMapping(prefix);
            }
            target.endDocument();
            done = true;
        }
    }

    private void forwardPending() throws SAXException {
        for (String[] m : pendingMappings) {
            target.startPrefixMapping(m[0], m[1]);
        }
    }

    private void replayInScopeMappings() throws SAXException {
        String defaultUri = namespaces.getURI("");
        if (defaultUri != null && !defaultUri.isEmpty()) {
            target.startPrefixMapping("", defaultUri);
            replayedPrefixes.add("");
        }
        for (Enumeration<?> e = namespaces.getPrefixes(); e.hasMoreElements(); ) {
            String prefix = (String) e.nextElement();
            if (!"xml".equals(prefix)) {
                target.startPrefixMapping(prefix, namespaces.getURI(prefix));
                replayedPrefixes.add(prefix);
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (depth >= 0) {
            target.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (depth >= 0) {
            target.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void processingInstruction(String piTarget, String data) throws SAXException {
        if (depth >= 0) {
            target.processingInstruction(piTarget, data);
        }
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        if (depth >= 0) {
            target.skippedEntity(name);
        }
    }
}
