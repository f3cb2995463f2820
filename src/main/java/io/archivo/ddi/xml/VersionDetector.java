package io.archivo.ddi.xml;

import io.archivo.ddi.model.DdiVersion;
import java.util.Locale;

/**
 * Tells the DDI Codebook flavour of a document from what its root says about itself: the namespace, the
 * {@code version} attribute, and for legacy files the DTD or schema it names ({@code Version2-0.dtd},
 * {@code Version1-2-2.xsd}), which old exports use instead of a version attribute.
 */
public final class VersionDetector {

    private VersionDetector() {
    }

    /**
     * @param namespace       the root element's namespace ("" for none)
     * @param versionAttr     {@code codeBook/@version}, or null
     * @param declaredGrammar the DOCTYPE system id and/or schema location hint, or null
     */
    public static DdiVersion detect(String namespace, String versionAttr, String declaredGrammar) {
        if (DdiNamespaces.CODEBOOK_2_5.equals(namespace)) {
            return DdiVersion.V2_5; // the namespace is only ever used by 2.5
        }
        DdiVersion byAttribute = fromLabel(versionAttr);
        if (byAttribute != null) {
            return byAttribute;
        }
        DdiVersion byGrammar = fromGrammarName(declaredGrammar);
        if (byGrammar != null) {
            return byGrammar;
        }
        // a legacy file that says nothing about itself: 2.0 was the long-lived published DTD before 2.5
        return DdiVersion.V2_0;
    }

    static DdiVersion fromLabel(String label) {
        if (label == null) {
            return null;
        }
        String v = label.trim();
        if (v.startsWith("1.2")) {
            return DdiVersion.V1_2_2;
        }
        if (v.startsWith("2.0") || v.equals("2")) {
            return DdiVersion.V2_0;
        }
        if (v.startsWith("2.1")) {
            return DdiVersion.V2_1;
        }
        if (v.startsWith("2.5")) {
            return DdiVersion.V2_5;
        }
        return null;
    }

    static DdiVersion fromGrammarName(String grammar) {
        if (grammar == null) {
            return null;
        }
        String g = grammar.toLowerCase(Locale.ROOT);
        if (g.contains("version1-2-2") || g.contains("version1-2")) {
            return DdiVersion.V1_2_2;
        }
        if (g.contains("version2-0")) {
            return DdiVersion.V2_0;
        }
        if (g.contains("version2-1")) {
            return DdiVersion.V2_1;
        }
        if (g.contains("2.5/xmlschema") || g.contains("codebook:2_5")) {
            return DdiVersion.V2_5;
        }
        return null;
    }
}
