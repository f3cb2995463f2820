package io.archivo.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which paths the browser login's tenant serves: the pages, never the API or the operations endpoints. */
class WebLoginTenantResolverTest {

    @Test
    void pagesUseTheWebTenant() {
        for (String page : new String[] { "/", "/buscar", "/estudios/CALI-BIE-01-2022", "/procesos", "/procesos/SAL-01",
                "/dependencias/salud", "/dependencias/salud/procesos.csv", "/plan", "/plan/tipos.csv", "/transparencia",
                "/entrar", "/salir" }) {
            assertTrue(WebLoginTenantResolver.isPage(page), page);
        }
    }

    @Test
    void theApiAndEverythingElseKeepTheBearerTenant() {
        for (String other : new String[] { "/api/v1/studies", "/api/v1/search", "/sdmx/rest/dataflow", "/oai",
                "/q/health/ready", "/q/metrics", "/static/archivo.css", "/buscarx", "/planes", "/entrar-ya",
                "/estudios", "/salirse" }) {
            assertFalse(WebLoginTenantResolver.isPage(other), other);
        }
    }
}
