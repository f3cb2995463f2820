package io.archivo.harvest;

import io.archivo.files.FileView;
import io.archivo.harvest.source.ProcessFacts;
import io.archivo.harvest.source.PublicStudy;
import java.util.List;

/**
 * Everything the DCAT and schema.org descriptions of one public study say, as an anonymous caller may see it:
 * the study, its process (null when it has none), the size and SHA-256 of its public DDI download, its
 * downloadable data files and the places of the geographic frame it covers.
 */
public record PublicDataset(PublicStudy study, ProcessFacts process, long ddiBytes, String ddiSha256,
        List<FileView> files, List<HarvestExtensions.Place> places) {
}
