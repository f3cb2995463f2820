package io.archivo.common.xml;

import org.xml.sax.SAXException;
import org.xml.sax.ext.DeclHandler;

/**
 * Rejects a document as soon as its DOCTYPE declares an external entity (the XXE pattern
 * {@code <!ENTITY x SYSTEM "file:///etc/passwd">}). The parser would not resolve it anyway; refusing the
 * declaration turns a silent omission into a clear answer to the depositor. Internal entities are allowed and
 * bounded by the entity expansion limit.
 */
final class ExternalEntityRefusal implements DeclHandler {

    @Override
    public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
        String kind = name.startsWith("%") ? "external parameter entity" : "external entity";
        throw new UnsafeXmlException("The DOCTYPE declares an " + kind + " '" + name.replace("%", "")
                + "' (SYSTEM \"" + systemId + "\"); external entities are never resolved");
    }

    @Override
    public void elementDecl(String name, String model) {
    }

    @Override
    public void attributeDecl(String eName, String aName, String type, String mode, String value) {
    }

    @Override
    public void internalEntityDecl(String name, String value) {
    }
}
