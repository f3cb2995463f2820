package io.archivo.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Errors of the HTTP layer beneath JAX-RS on page paths, answered by {@link ErrorPages} for a browser: a request URI
 * that is not a valid URI ({@code ?q=%ZZ}: 400, see {@link #VALIDATES_URIS}) and one longer than {@value #MAX_URI}
 * characters (414). Any other client, and any other path, gets the bare status it got before.
 *
 * <p>Vert.x rejects a request line longer than its limit before any handler runs, with an empty 414 nobody can
 * change (Quarkus offers no hook for it). So that over-long page URLs reach this handler, the limit is raised
 * ({@code quarkus.http.limits.max-initial-line-length=65536}) and {@value #MAX_URI} characters, about the old limit,
 * are enforced here, for every path: the API keeps its empty 414 as before. Past 65,536 the HTTP layer's empty 414
 * remains.
 */
@ApplicationScoped
public class ErrorPageRoutes {

    /** The longest request URI (path and query) answered; longer is a 414. */
    public static final int MAX_URI = 4096;

    void install(@Observes Router router, ErrorPages pages) {
        // before Quarkus's own handlers (security, body), so that an over-long URI is refused first
        router.route().order(Integer.MIN_VALUE).handler(ErrorPageRoutes::screenUri);
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> page(ctx, pages));
    }

    private static boolean wants(RoutingContext ctx) {
        return ErrorPages.wantsPage(ctx.request().path(), ctx.request().getHeader(HttpHeaders.ACCEPT));
    }

    private static void send(RoutingContext ctx, int status, ErrorPages pages) {
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT).end(pages.render(status, null));
    }

    /**
     * Quarkus validates every request URI with {@link URI} before the router and refuses an invalid one with a bare
     * 400 nobody can change, unless {@code -Dvertx.disableURIValidation=true} ({@code src/main/jvm.options}) hands
     * that check to this route, which makes the same one.
     */
    private static final boolean VALIDATES_URIS = Boolean.getBoolean("vertx.disableURIValidation");

    private static void screenUri(RoutingContext ctx) {
        String uri = ctx.request().uri();
        if (uri == null || VALIDATES_URIS && !valid(uri)) {
            ctx.fail(400);
        } else if (uri.length() > MAX_URI) {
            ctx.fail(414);
        } else {
            ctx.next();
        }
    }

    private static boolean valid(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A 4xx failure of a page path for a browser becomes the HTML page; anything else goes on as before. */
    private static void page(RoutingContext ctx, ErrorPages pages) {
        int status = ctx.statusCode();
        if (status < 400 || status > 499 || ctx.response().headWritten() || !wants(ctx)) {
            ctx.next();
            return;
        }
        send(ctx, status, pages);
    }
}
