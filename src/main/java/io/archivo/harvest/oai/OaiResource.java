package io.archivo.harvest.oai;

import io.archivo.harvest.HarvestConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OAI-PMH 2.0 endpoint. Protocol errors are OAI-PMH documents with HTTP 200, as the protocol requires; only
 * what an anonymous visitor may see is ever answered, whoever calls.
 */
@Path("/oai")
@Tag(name = "Harvesting")
public class OaiResource {

    static final String TEXT_XML = "text/xml;charset=UTF-8";

    private final OaiService oai;
    private final HarvestConfig config;

    OaiResource(OaiService oai, HarvestConfig config) {
        this.oai = oai;
        this.config = config;
    }

    @GET
    @Produces(TEXT_XML)
    @Operation(summary = "OAI-PMH 2.0 (verb=Identify|ListMetadataFormats|ListSets|ListIdentifiers|ListRecords|GetRecord)")
    public byte[] get(@Context UriInfo uri) {
        return oai.handle(uri.getQueryParameters(), baseUrl(uri));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(TEXT_XML)
    @Operation(summary = "OAI-PMH 2.0 with the arguments in an application/x-www-form-urlencoded body")
    public byte[] post(MultivaluedMap<String, String> form, @Context UriInfo uri) {
        if (!uri.getQueryParameters().isEmpty()) {
            // arguments belong in the body; mixing both would let one request say two things
            return oai.handle(Map.of("verb", List.of("", "")), baseUrl(uri));
        }
        return oai.handle(form, baseUrl(uri));
    }

    private String baseUrl(UriInfo uri) {
        return config.publicUrl().map(u -> u.replaceAll("/+$", "") + "/oai")
                .orElseGet(() -> uri.getBaseUriBuilder().path("oai").build().toString());
    }
}
