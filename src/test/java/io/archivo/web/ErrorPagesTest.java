package io.archivo.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which requests get the HTML error page: page paths, for clients that prefer HTML. */
class ErrorPagesTest {

    @Test
    void pagePathsAreEverythingOutsideTheMachinePaths() {
        for (String page : new String[] { "/", "/buscar", "/estudios/", "/estudios/X", "/procesos/SAL-01/x",
                "/dependencias/", "/plan", "/transparencia", "/entrar", "/nope", "/apix", "/oaipmh", "/static-pages" }) {
            assertTrue(ErrorPages.isPagePath(page), page);
        }
        for (String machine : new String[] { "/api", "/api/v1/studies", "/sdmx/rest/data", "/oai", "/dcat/catalog",
                "/q/health", "/static/archivo.css", "/.well-known/x" }) {
            assertFalse(ErrorPages.isPagePath(machine), machine);
        }
    }

    @Test
    void browsersPreferHtmlProgramsDoNot() {
        assertTrue(ErrorPages.prefersHtml("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertTrue(ErrorPages.prefersHtml("application/xhtml+xml"));
        assertTrue(ErrorPages.prefersHtml("application/json;q=0.5, text/html"));
        assertTrue(ErrorPages.prefersHtml("text/html;q=0.8, application/json;q=0.8"));
        for (String program : new String[] { null, "", "*/*", "application/json", "application/problem+json",
                "application/json, text/html;q=0.9", "text/html;q=0", "text/html;q=abc", "text/*" }) {
            assertFalse(ErrorPages.prefersHtml(program), String.valueOf(program));
        }
    }
}
