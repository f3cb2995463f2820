package io.archivo.harvest;

/**
 * How harvested records state their access level. Only studies whose effective Ley 1712 de 2014 level is
 * {@code publica} are ever harvested, so every record says so, with the licence.
 */
public final class Ley1712 {

    public static final String LEVEL = "publica";
    public static final String STATEMENT = "Información pública (Ley 1712 de 2014): acceso libre";
    /** EU access-rights vocabulary: PUBLIC. */
    public static final String EU_ACCESS_RIGHT = "http://publications.europa.eu/resource/authority/access-right/PUBLIC";

    private Ley1712() {
    }
}
