package io.archivo.harvest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the harvesting endpoints ({@code archivo.harvest.*}); see docs/harvesting.md. */
@ConfigMapping(prefix = "archivo.harvest")
public interface HarvestConfig {

    @WithDefault("Archivo de estudios estadísticos de Santiago de Cali")
    String repositoryName();

    /** The domain name in OAI identifiers {@code oai:<this>:<IDNo>}; must contain a dot (oai-identifier). */
    @WithDefault("archivo.cali.gov.co")
    String repositoryIdentifier();

    @WithDefault("estadisticas@cali.gov.co")
    String adminEmail();

    /** The public base URL (https://archivo.cali.gov.co); when absent, taken from each request. */
    Optional<String> publicUrl();

    /** The publisher of the catalogue as a whole. */
    @WithDefault("Alcaldía de Santiago de Cali")
    String publisher();

    /** Licence of every public study's metadata and data (Ley 1712: open by default). */
    @WithDefault("https://creativecommons.org/licenses/by/4.0/")
    String license();

    /** Records per ListRecords page (also per DCAT page). */
    @WithDefault("100")
    int pageSize();

    /** Headers per ListIdentifiers page. */
    @WithDefault("500")
    int identifiersPageSize();

    /** How long a resumption token stays valid. */
    @WithDefault("PT24H")
    Duration tokenLifetime();

    /** HMAC key for resumption tokens; when absent one is generated and kept under the data directory. */
    Optional<String> tokenSecret();
}
