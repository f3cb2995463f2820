package io.archivo.sdmx.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The SDMX maintenance agency Archivo publishes under ({@code archivo.sdmx.agency-id}, {@code …agency-name}). */
@ConfigMapping(prefix = "archivo.sdmx")
public interface SdmxConfig {

    @WithDefault("ARCHIVO_CALI")
    String agencyId();

    @WithDefault("Archivo estadístico de Santiago de Cali")
    String agencyName();
}
