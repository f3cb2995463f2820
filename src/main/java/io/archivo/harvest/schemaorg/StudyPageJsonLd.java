package io.archivo.harvest.schemaorg;

import io.archivo.archive.api.dto.StudyView;
import io.archivo.harvest.HarvestConfig;
import io.archivo.harvest.Links;
import io.archivo.web.StudyJsonLd;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;

/**
 * Fills the study page's JSON-LD slot (the web capability's {@link StudyJsonLd} seam) with the schema.org Dataset.
 * Built from the public face whatever the page's caller may see, so an editor's view of a draft embeds nothing.
 */
@ApplicationScoped
public class StudyPageJsonLd implements StudyJsonLd {

    private final SchemaOrgDataset datasets;
    private final HarvestConfig config;

    StudyPageJsonLd(SchemaOrgDataset datasets, HarvestConfig config) {
        this.datasets = datasets;
        this.config = config;
    }

    @Override
    public Optional<String> of(StudyView study, String pageUrl) {
        int at = pageUrl.indexOf("/estudios/");
        URI base = URI.create(at < 0 ? pageUrl : pageUrl.substring(0, at + 1));
        return datasets.json(study.idno(), Links.of(config, base));
    }
}
