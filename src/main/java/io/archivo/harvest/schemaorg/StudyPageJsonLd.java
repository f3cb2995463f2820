package io.archivo.harvest.schemaorg;

import io.archivo.archive.api.dto.StudyRead;
import io.archivo.files.FileView;
import io.archivo.harvest.HarvestConfig;
import io.archivo.harvest.PublicDataset;
import io.archivo.harvest.PublicDatasets;
import io.archivo.harvest.Links;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The schema.org Dataset that the citizens' study page embeds as {@code <script type="application/ld+json">}.
 * Built from the public face whatever the page's caller may see, so an editor's view of a draft embeds nothing.
 */
@ApplicationScoped
public class StudyPageJsonLd {

    /** How many variables' names and labels the page's read should bring for {@link #of(StudyRead, List, String)}. */
    public static final int VARIABLES = SchemaOrgDataset.MAX_VARIABLES;

    private final SchemaOrgDataset datasets;
    private final PublicDatasets publicDatasets;
    private final HarvestConfig config;

    StudyPageJsonLd(SchemaOrgDataset datasets, PublicDatasets publicDatasets, HarvestConfig config) {
        this.datasets = datasets;
        this.publicDatasets = publicDatasets;
        this.config = config;
    }

    /**
     * The same from what the page has already read for its caller (the study with the names and labels of its
     * first {@link #VARIABLES} variables, and its file list), when that is what the public sees; otherwise (an
     * editor's or admin's view) read again as the public.
     */
    public Optional<String> of(StudyRead read, List<FileView> listedFiles, String pageUrl) {
        Optional<PublicDataset> dataset = publicDatasets.of(read, listedFiles);
        if (dataset.isEmpty()) {
            return of(read.study().idno(), pageUrl);
        }
        List<SchemaOrgDataset.Measured> variables = read.labels().stream()
                .map(v -> new SchemaOrgDataset.Measured(v.name(), v.label())).toList();
        return Optional.of(datasets.json(dataset.get(), variables, links(pageUrl)));
    }

    /** The JSON text for the study's page at {@code pageUrl}, or empty when the public may not see the study. */
    public Optional<String> of(String idno, String pageUrl) {
        return datasets.json(idno, links(pageUrl));
    }

    private Links links(String pageUrl) {
        int at = pageUrl.indexOf("/estudios/");
        return Links.of(config, URI.create(at < 0 ? pageUrl : pageUrl.substring(0, at + 1)));
    }
}
