package io.archivo.sdmx.catalog;

import io.archivo.archive.catalogue.StudyCatalogue;
import io.archivo.sdmx.mapping.PublishedStudy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The study a process's SDMX structures derive from: its latest published, publicly visible study, as the public
 * sees it (without sensitive variables). Drafts and classified studies never feed SDMX, so nothing derived from
 * them can reach a harvester.
 */
@ApplicationScoped
public class PublishedStudyReader {

    private final StudyCatalogue catalogue;

    PublishedStudyReader(StudyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Optional<PublishedStudy> latestPublished(String processCode) {
        return catalogue.latestPublicOf(processCode)
                .map(s -> new PublishedStudy(s.idno(), s.version(), s.description(), s.variables()));
    }
}
