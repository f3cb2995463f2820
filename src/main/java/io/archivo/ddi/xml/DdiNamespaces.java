package io.archivo.ddi.xml;

/** The namespaces a DDI Codebook root may carry. Reading ignores them; validation and version detection do not. */
public final class DdiNamespaces {

    public static final String CODEBOOK_2_5 = "ddi:codebook:2_5";
    /** Used by DDI 1.2.2–2.1 files (Nesstar, early Dataverse); many older files use no namespace at all. */
    public static final String ICPSR_LEGACY = "http://www.icpsr.umich.edu/DDI";
    public static final String OAI_PMH = "http://www.openarchives.org/OAI/2.0/";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    public static final String XML = "http://www.w3.org/XML/1998/namespace";

    private DdiNamespaces() {
    }

    /** The legacy namespace or none: what a pre-2.5 codebook uses. */
    public static boolean isLegacy(String uri) {
        return uri == null || uri.isEmpty() || ICPSR_LEGACY.equals(uri);
    }
}
