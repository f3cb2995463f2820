package io.archivo.inventory.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * Stand-in used while no archive provides {@link PublishedStudies}; any other implementation replaces it
 * automatically ({@link DefaultBean}), so the inventory works on its own.
 */
@DefaultBean
@ApplicationScoped
public class NoPublishedStudies implements PublishedStudies {

    @Override
    public Set<String> processCodesWithPublishedStudy() {
        return Set.of();
    }

    @Override
    public List<ProcessStudySummary> studiesOf(String processCode) {
        return List.of();
    }

    @Override
    public boolean hasStudies(String processCode) {
        return false;
    }
}
