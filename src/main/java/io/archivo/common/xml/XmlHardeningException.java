package io.archivo.common.xml;

/**
 * A hardening setting could not be applied to an XML parser. Thrown at creation so that the application fails
 * closed (at startup, where parsers are first built) rather than parsing untrusted input with a weaker parser.
 */
public class XmlHardeningException extends IllegalStateException {

    public XmlHardeningException(String what, Throwable cause) {
        super("Cannot harden the " + what + " (" + cause.getMessage() + "); refusing to parse XML without it", cause);
    }
}
