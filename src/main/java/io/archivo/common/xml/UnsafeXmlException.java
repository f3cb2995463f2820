package io.archivo.common.xml;

import org.xml.sax.SAXException;

/**
 * A document tried something the hardened parsers never do for untrusted input: declare or reference an external
 * entity. Raised as soon as the declaration or reference is seen, before anything could be resolved.
 */
public class UnsafeXmlException extends SAXException {

    public UnsafeXmlException(String message) {
        super(message);
    }
}
