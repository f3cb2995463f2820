package io.archivo.web;

import io.archivo.archive.api.dto.StudyView;
import java.util.Optional;

/**
 * SEAM for the harvest capability: the schema.org {@code Dataset} JSON-LD embedded in a study page as
 * {@code <script type="application/ld+json">}. Web ships only the no-op {@link NoStudyJsonLd}; a bean of this
 * type elsewhere replaces it. It receives the study exactly as the page's caller may see it.
 */
public interface StudyJsonLd {

    /** The JSON text, or empty when there is nothing to embed. */
    Optional<String> of(StudyView study, String pageUrl);
}
