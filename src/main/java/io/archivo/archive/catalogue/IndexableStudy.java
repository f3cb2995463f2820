package io.archivo.archive.catalogue;

import io.archivo.ddi.model.StudyDescription;
import java.util.List;

/**
 * The edition of a study that the search index holds: the published one of a published, non-withdrawn study,
 * otherwise the latest draft. Access facts are applied: {@code accessLevel} is the effective classification (the
 * stricter of the study's and its process's), and every variable says whether it is sensitive, so the index can
 * answer each caller with what {@link io.archivo.access.AccessPolicy} lets them see.
 *
 * @param published   whether the study is published and not withdrawn (otherwise only its managers find it)
 * @param version     the version number of the edition
 * @param revision    the study's change counter at the time of reading
 * @param processCode the code of its process in the inventory, or null
 */
public record IndexableStudy(String idno, long revision, int version, boolean published, String accessLevel,
        String processCode, StudyDescription description, List<CataloguedVariable> variables) {
}
