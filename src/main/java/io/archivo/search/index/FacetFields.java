package io.archivo.search.index;

import io.archivo.search.FacetName;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/** Facet configuration shared by indexing and searching: every facet may hold several values per document. */
public final class FacetFields {

    private static final FacetsConfig CONFIG = createConfig();

    private FacetFields() {
    }

    public static FacetsConfig config() {
        return CONFIG;
    }

    private static FacetsConfig createConfig() {
        FacetsConfig config = new FacetsConfig();
        for (FacetName facet : FacetName.values()) {
            config.setMultiValued(facet.key(), true);
        }
        return config;
    }

    /** Adds a facet value; blank values are skipped because Lucene rejects empty facet labels. */
    public static void add(Document doc, FacetName facet, String value) {
        String clean = Folding.clean(value);
        if (!clean.isEmpty()) {
            doc.add(new SortedSetDocValuesFacetField(facet.key(), clean));
        }
    }
}
