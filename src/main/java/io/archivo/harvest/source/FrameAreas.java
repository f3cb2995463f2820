package io.archivo.harvest.source;

import io.archivo.geo.AreaCoverage;
import io.archivo.harvest.HarvestExtensions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The comunas and corregimientos of a public study, from the mapping the archive reports with the study (the geo
 * capability's rule over its {@code geogCover}, {@code geogUnit} and titles). The municipality is left out: every
 * study of the archive is about Cali, and DCAT names it for each dataset anyway.
 */
@ApplicationScoped
public class FrameAreas implements HarvestExtensions {

    private final PublicArchive archive;

    FrameAreas(PublicArchive archive) {
        this.archive = archive;
    }

    @Override
    public List<Place> comunas(String idno) {
        return archive.study(idno).map(this::comunas).orElse(List.of());
    }

    @Override
    public List<Place> comunas(PublicStudy study) {
        AreaCoverage coverage = study.geography();
        if (coverage == null) {
            return List.of();
        }
        return coverage.comunasAndCorregimientos().stream().map(a -> new Place(a.code(), a.name(), a.kind())).toList();
    }
}
