package io.archivo.harvest.dcat;

import io.archivo.common.problem.ProblemException;
import io.archivo.harvest.HarvestConfig;
import io.archivo.harvest.Links;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /dcat/catalog}: the DCAT-AP 3.0 catalogue of the public studies, in Turtle, JSON-LD or RDF/XML by
 * {@code Accept} (Turtle when any will do), paged with Hydra ({@code ?page=n}). Whoever calls, it shows what an
 * anonymous visitor may see.
 */
@Path("/dcat/catalog")
@Tag(name = "Harvesting")
@Blocking
public class DcatResource {

    private static final List<Variant> VARIANTS = Arrays.stream(DcatService.Syntax.values())
            .map(s -> new Variant(MediaType.valueOf(s.mediaType), (String) null, null)).toList();

    private final DcatService dcat;
    private final HarvestConfig config;

    DcatResource(DcatService dcat, HarvestConfig config) {
        this.dcat = dcat;
        this.config = config;
    }

    @GET
    @Produces({ "text/turtle", "application/ld+json", "application/rdf+xml" })
    @Operation(summary = "The DCAT-AP 3.0 catalogue (text/turtle, application/ld+json, application/rdf+xml), "
            + "one page of public studies with a Hydra PartialCollectionView")
    public Response catalog(@QueryParam("page") Integer page, @Context Request request, @Context UriInfo uri) {
        DcatService.Syntax syntax = syntax(request);
        byte[] body = dcat.write(dcat.page(Links.of(config, uri.getBaseUri()), page == null ? 1 : page), syntax);
        return Response.ok(body, syntax.mediaType + ";charset=UTF-8").header("Vary", "Accept").build();
    }

    private static DcatService.Syntax syntax(Request request) {
        Variant chosen = request.selectVariant(VARIANTS);
        if (chosen == null) {
            throw new ProblemException(406, "not-acceptable", "Not acceptable",
                    "The catalogue is served as text/turtle, application/ld+json or application/rdf+xml");
        }
        return Arrays.stream(DcatService.Syntax.values())
                .filter(s -> MediaType.valueOf(s.mediaType).isCompatible(chosen.getMediaType())).findFirst()
                .orElse(DcatService.Syntax.TURTLE);
    }
}
