package io.archivo.harvest.source;

import io.archivo.ddi.model.StudyDescription;
import io.archivo.geo.AreaCoverage;
import java.time.OffsetDateTime;

/**
 * One study exactly as an anonymous caller sees it: the published version's description (sensitive variables
 * already left out of the counts), with the process it belongs to and the areas of Cali's frame it covers, and the
 * size and SHA-256 of its public DDI download as the archive reports them (those of the redacted document when
 * sensitive variables are left out), so that describing a study does not read and hash the document.
 */
public record PublicStudy(String idno, String title, String processCode, String ddiVersion, int version,
        int variableCount, OffsetDateTime updatedAt, OffsetDateTime publishedAt, StudyDescription description,
        AreaCoverage geography, long ddiBytes, String ddiSha256) {
}
