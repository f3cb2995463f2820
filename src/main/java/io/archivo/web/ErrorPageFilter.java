package io.archivo.web;

import io.archivo.common.problem.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Errors of the JAX-RS layer on page paths: a problem+json answer (unknown path, 401 of {@code /entrar}, a server
 * error, …) becomes {@link ErrorPages}' HTML page for a browser, with the same status and headers
 * ({@code WWW-Authenticate}, {@code Retry-After}); every other client keeps the problem. No page catches its own
 * errors.
 */
public class ErrorPageFilter {

    @Inject
    ErrorPages pages;

    @ServerResponseFilter
    public void toPage(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || !(response.getEntity() instanceof Problem problem)) {
            return;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!ErrorPages.isPagePath(path)) {
            return;
        }
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (ErrorPages.prefersHtml(request.getHeaderString(HttpHeaders.ACCEPT))) {
            response.setEntity(pages.render(response.getStatus(), problem), new Annotation[0],
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
