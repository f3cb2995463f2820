package io.archivo.harvest;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** The empty default of the {@link HarvestExtensions} seam: no study is mapped to the geographic frame yet. */
@ApplicationScoped
@DefaultBean
public class NoHarvestExtensions implements HarvestExtensions {
}
