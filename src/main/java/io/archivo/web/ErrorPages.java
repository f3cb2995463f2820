package io.archivo.web;

import io.archivo.common.problem.Problem;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * The one place that decides how an error on a page path is answered, and renders it. A request for a page path
 * (anything outside {@link #MACHINE_PATHS}: {@code /}, {@code /buscar}, {@code /estudios/…}, {@code /procesos…},
 * {@code /dependencias/…}, {@code /plan}, {@code /transparencia}, {@code /entrar}, and unknown paths) from a client that
 * prefers HTML ({@link #prefersHtml}: a browser) gets a small Spanish HTML page in the site's layout, with the
 * status of the error; everything else (the API, SDMX, OAI-PMH, and clients that ask for JSON or send no preference)
 * keeps the answer it had: {@code application/problem+json}, or the bare status of the HTTP layer.
 *
 * <p>Two hooks call it, never a page: {@link ErrorPageFilter} for the answers of the JAX-RS layer (problem bodies of
 * the exception mappers: unknown path, 401 of {@code /entrar}, …) and {@link ErrorPageRoutes} for the errors of the
 * HTTP layer beneath it (a query string that cannot be decoded, a request line that is too long).
 */
@ApplicationScoped
public class ErrorPages {

    /** Paths served to programs, never as pages: these and everything under them. */
    static final List<String> MACHINE_PATHS = List.of("/api", "/sdmx", "/oai", "/dcat", "/q", "/static", "/.well-known");

    @Inject
    @Location("error.html")
    Template template;

    /** Is this path a page (or an unknown path outside {@link #MACHINE_PATHS})? */
    public static boolean isPagePath(String path) {
        if (path == null || path.isEmpty()) {
            return true;
        }
        for (String base : MACHINE_PATHS) {
            if (path.equals(base) || path.startsWith(base + "/")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Does the {@code Accept} header prefer HTML: {@code text/html} or {@code application/xhtml+xml} named with a
     * quality above 0 and not below JSON's ({@code application/json}, {@code application/problem+json})? A browser
     * names {@code text/html}; {@code *}{@code /*} alone or no header (curl, most API clients) is not a preference for
     * HTML, so those clients keep the problem+json answer they always had.
     */
    public static boolean prefersHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double html = 0;
        double json = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                html = Math.max(html, q);
            } else if (type.equals("application/json") || type.equals("application/problem+json")) {
                json = Math.max(json, q);
            }
        }
        return html > 0 && html >= json;
    }

    /** Should this request's error be the HTML page? */
    public static boolean wantsPage(String path, String accept) {
        return isPagePath(path) && prefersHtml(accept);
    }

    /** The HTML page for an error of this status; {@code problem} adds the incident of a server error. */
    public String render(int status, Problem problem) {
        Object incident = problem == null ? null : problem.extensions().get("incident");
        return render(status, null, null, null, incident == null ? null : incident.toString());
    }

    /**
     * The HTML page for an error of this status, with an optional Spanish sentence that says more ({@code detail})
     * and a link that helps ({@code href}, {@code label}) beside the link home.
     */
    public String render(int status, String detail, String href, String label) {
        return render(status, detail, href, label, null);
    }

    private String render(int status, String detail, String href, String label, String incident) {
        String[] text = text(status);
        return template.data("status", status).data("title", text[0]).data("text", text[1]).data("detail", detail)
                .data("href", href).data("label", label).data("incident", incident)
                // error pages show no session: the request may be the failed sign-in itself
                .data("who", null).data("signOut", false).render();
    }

    /** Title and explanation of each status, in Spanish. */
    static String[] text(int status) {
        return switch (status) {
            case 400 -> new String[] { "Solicitud no válida",
                    "La dirección tiene un valor que no se puede leer, por ejemplo un carácter mal codificado."
                            + " Revise el enlace o vuelva a buscar." };
            case 401 -> new String[] { "Identificación requerida",
                    "Esta página es para editores del archivo: entre con su usuario y contraseña."
                            + " La ciudadanía consulta el catálogo sin identificarse." };
            case 403 -> new String[] { "Acceso no permitido",
                    "Su usuario no tiene permiso para ver esta página." };
            case 404 -> new String[] { "Página no encontrada",
                    "No existe la página que busca, o no es pública." };
            case 405 -> new String[] { "Operación no permitida", "Esta página no admite esa operación." };
            case 406 -> new String[] { "Formato no disponible", "Esta página no está disponible en el formato pedido." };
            case 410 -> new String[] { "Ya no está disponible", "Lo que busca estuvo publicado y ya no lo está." };
            case 414 -> new String[] { "Dirección demasiado larga",
                    "La dirección de la página es más larga de lo que el servidor acepta (" + ErrorPageRoutes.MAX_URI
                            + " caracteres). Acorte la búsqueda o quite filtros." };
            case 429 -> new String[] { "Demasiados intentos",
                    "Hubo demasiados intentos fallidos de identificación. Espere un minuto y vuelva a intentarlo." };
            default -> status >= 500
                    ? new String[] { "Error del servidor",
                            "Algo falló en el servidor al preparar esta página. Vuelva a intentarlo más tarde." }
                    : new String[] { "No se pudo atender la solicitud", "La solicitud no se pudo atender." };
        };
    }
}
