package io.archivo.common.xml;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The one place that creates XML parsers for the whole application (DDI now, SDMX later); no other code calls
 * {@code SAXParserFactory}, {@code SchemaFactory} or {@code XMLInputFactory} directly.
 *
 * <p>Instance documents come from depositors, so their parsers load nothing from outside the bytes given:
 * no external DTD, no external general or parameter entities, no external schema, and a low entity expansion
 * limit so that a "billion laughs" document fails after a few hundred expansions. A DOCTYPE itself is allowed
 * because real DDI files carry one ({@code <!DOCTYPE codeBook SYSTEM "http://www.icpsr.umich.edu/DDI/...dtd">});
 * the DTD it names is never fetched.
 *
 * <p>Official schemas are trusted files installed by an operator: only {@link #newSchemaFactory()} may read
 * local files ({@code file}, {@code jar}), because the DDI XHTML module loads three {@code .ent} files
 * through its own DOCTYPE.
 *
 * <p>The SAX reader also rejects any external entity declaration ({@link UnsafeXmlException}); callers must
 * not replace its {@code declaration-handler} property.
 *
 * <p>Every hardening setting is mandatory: if the XML implementation refuses one, creation throws
 * {@link XmlHardeningException} instead of handing out a weaker parser. The JDK's built-in implementations are
 * used on purpose (never a parser that happens to be on the class path) so that the settings are known to work.
 */
public final class SecureXml {

    /** Entity expansions allowed per document: enough for a hand-written internal subset, far too few for an attack. */
    public static final int ENTITY_EXPANSION_LIMIT = 200;
    /** Deeper nesting than this is an attack or a broken generator, never a codebook. */
    public static final int MAX_ELEMENT_DEPTH = 500;

    static final String JDK_ENTITY_EXPANSION_LIMIT = "http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit";
    static final String JDK_MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";
    private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";
    private static final String DECLARATION_HANDLER = "http://xml.org/sax/properties/declaration-handler";
    /** Protocols a schema compilation may read: installed files, or files packaged in a jar. */
    private static final String LOCAL_FILES_ONLY = "file,jar";

    private SecureXml() {
    }

    /**
     * A new namespace-aware, non-validating SAX reader for untrusted instance documents. Each call returns a
     * fresh reader (readers are not thread-safe). Its entity resolver refuses every external resource, so even a
     * future change of defaults cannot make it fetch one.
     */
    public static XMLReader newXmlReader() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(LOAD_EXTERNAL_DTD, false);
            factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
            factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            reader.setProperty(JDK_ENTITY_EXPANSION_LIMIT, String.valueOf(ENTITY_EXPANSION_LIMIT));
            reader.setProperty(JDK_MAX_ELEMENT_DEPTH, String.valueOf(MAX_ELEMENT_DEPTH));
            reader.setProperty(DECLARATION_HANDLER, new ExternalEntityRefusal());
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External resource refused: " + systemId);
            });
            return reader;
        } catch (ParserConfigurationException | SAXException | RuntimeException e) {
            throw new XmlHardeningException("SAX parser", e);
        }
    }

    /**
     * A new W3C XML Schema factory for compiling official schema sets installed on this machine. Imports and
     * includes may read {@code file:} and {@code jar:} URLs only; nothing is ever fetched from the network.
     */
    public static SchemaFactory newSchemaFactory() {
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            // secure processing first: switching it on resets the access properties, which are then widened
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, LOCAL_FILES_ONLY);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, LOCAL_FILES_ONLY);
            return factory;
        } catch (SAXException | RuntimeException e) {
            throw new XmlHardeningException("schema factory", e);
        }
    }

    /**
     * A new namespace-aware StAX factory for untrusted documents: DTDs are not processed at all and external
     * entities are never resolved. A configured factory may be kept and shared for creating readers.
     */
    public static XMLInputFactory newXmlInputFactory() {
        try {
            XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
            factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setProperty(JDK_ENTITY_EXPANSION_LIMIT, String.valueOf(ENTITY_EXPANSION_LIMIT));
            factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
                throw new XMLStreamException("External resource refused: " + systemId);
            });
            return factory;
        } catch (IllegalArgumentException e) {
            throw new XmlHardeningException("StAX input factory", e);
        }
    }

    /** Convenience for one-off StAX reading with a fresh hardened factory. */
    public static XMLStreamReader newXmlStreamReader(InputStream in) throws XMLStreamException {
        return newXmlInputFactory().createXMLStreamReader(in);
    }

    /**
     * Whether {@code e} (or a cause) says the document was refused for safety: an external entity
     * ({@link UnsafeXmlException}) or one of the JDK limits set above (entity expansion, entity size, depth).
     */
    public static boolean isUnsafeXml(Throwable e) {
        for (Throwable t = e; t != null; t = t instanceof SAXException s ? s.getException() : t.getCause()) {
            if (t instanceof UnsafeXmlException) {
                return true;
            }
            String message = t.getMessage();
            // JAXP00010001..JAXP00010008 are the JDK XMLSecurityManager limit messages (expansion, size, depth)
            if (message != null && message.contains("JAXP0001")) {
                return true;
            }
        }
        return false;
    }
}
