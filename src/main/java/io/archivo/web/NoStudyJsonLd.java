package io.archivo.web;

import io.archivo.archive.api.dto.StudyView;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Embeds nothing, until the harvest capability provides its own {@link StudyJsonLd} bean. */
@DefaultBean
@ApplicationScoped
public class NoStudyJsonLd implements StudyJsonLd {
    @Override
    public Optional<String> of(StudyView study, String pageUrl) {
        return Optional.empty();
    }
}
