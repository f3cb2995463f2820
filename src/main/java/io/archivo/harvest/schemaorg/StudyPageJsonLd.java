package io.archivo.harvest.schemaorg;

import io.archivo.harvest.HarvestConfig;
import io.archivo.harvest.Links;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;

/**
 * The schema.org Dataset that the citizens' study page embeds as {@code <script type="application/ld+json">}.
 * Built from the public face whatever the page's caller may see, so an editor's view of a draft embeds nothing.
 */
@ApplicationScoped
public class StudyPageJsonLd {

    private final SchemaOrgDataset datasets;
    private final HarvestConfig config;

    StudyPageJsonLd(SchemaOrgDataset datasets, HarvestConfig config) {
        this.datasets = datasets;
        this.config = config;
    }

    /** The JSON text for the study's page at {@code pageUrl}, or empty when the public may not see the study. */
    public Optional<String> of(String idno, String pageUrl) {
        int at = pageUrl.indexOf("/estudios/");
        URI base = URI.create(at < 0 ? pageUrl : pageUrl.substring(0, at + 1));
        return datasets.json(idno, Links.of(config, base));
    }
}
