package io.archivo.sdmx.rest;

import io.archivo.sdmx.format.MessageEntry;
import io.archivo.sdmx.format.MessageHeader;
import io.archivo.sdmx.format.SdmxError;
import io.archivo.sdmx.format.SdmxFormat;
import io.archivo.sdmx.format.SdmxWriters;
import io.archivo.sdmx.format.StructureMessage;
import io.archivo.sdmx.model.Agency;
import io.archivo.sdmx.model.AgencyScheme;
import io.archivo.sdmx.model.ArtefactType;
import io.archivo.sdmx.model.LocalisedText;
import io.archivo.sdmx.model.SdmxArtefacts;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The HTTP steps both SDMX resources share: content negotiation, query parsing, resolution, writing, the error
 * messages, and validators ({@code ETag}, {@code Last-Modified}) with 304 answers. Independent of routing.
 */
final class SdmxResponder {

    /** What a request brings besides the query itself. */
    record RequestContext(String accept, String ifNoneMatch, String ifModifiedSince, boolean anonymous,
            String structureUrlBase) {
    }

    private final SdmxStructureSource source;
    private final Optional<SdmxDataArtefactSource> data;
    /** Shared by all requests (responders are made per request); keyed by the identity of the artefact set. */
    private static final ResponseCache CACHE = new ResponseCache(64);

    SdmxResponder(SdmxStructureSource source) {
        this(source, Optional.empty());
    }

    SdmxResponder(SdmxStructureSource source, Optional<SdmxDataArtefactSource> data) {
        this.source = source;
        this.data = data;
    }

    /**
     * The handler behind both resources' routes: 503 while there is no structure source, otherwise the answer of
     * {@link #respond} for the request. Stub structure URLs point below {@code sdmx/rest} for either API.
     */
    static Response handle(Supplier<Optional<SdmxStructureSource>> source,
            Supplier<Optional<SdmxDataArtefactSource>> data, SdmxFormat defaultFormat,
            Supplier<SdmxQuery> parse, String accept, String ifNoneMatch, String ifModifiedSince,
            SecurityContext security, UriInfo uri) {
        Optional<SdmxStructureSource> s = source.get();
        if (s.isEmpty()) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
        }
        var ctx = new RequestContext(accept, ifNoneMatch, ifModifiedSince,
                security == null || security.getUserPrincipal() == null,
                uri == null ? null : uri.getBaseUriBuilder().path("sdmx/rest").build().toString());
        return new SdmxResponder(s.get(), data.get()).respond(defaultFormat, parse, ctx);
    }

    /**
     * A query Archivo answers only with an error (schema, reference metadata, registration): {@code check} parses
     * it and throws the SDMX query exception saying which error (400, 404 or 501), answered in the format
     * {@link SdmxHttp#error(String, SdmxFormat, SdmxError)} negotiates, also for media types Archivo never writes.
     */
    static Response errorOnly(String accept, SdmxFormat defaultFormat, Runnable check) {
        try {
            check.run();
        } catch (SdmxQuerySyntaxException | SdmxNotImplementedException | SdmxNoResultsException e) {
            return SdmxHttp.error(accept, defaultFormat, SdmxHttp.errorOf(e).orElseThrow());
        }
        throw new IllegalStateException("An error-only query was checked without an error");
    }

    Response respond(SdmxFormat defaultFormat, Supplier<SdmxQuery> parse, RequestContext ctx) {
        SdmxFormat format = SdmxFormat.negotiate(ctx.accept(), defaultFormat).orElse(null);
        if (format == null) {
            String supported = Arrays.stream(SdmxFormat.values()).map(SdmxFormat::mediaType)
                    .collect(Collectors.joining(", "));
            return SdmxHttp.notAcceptable(supported);
        }
        String contentType = format.mediaTypeAsNamed(ctx.accept());
        SdmxQuery query;
        try {
            query = parse.get();
        } catch (SdmxQuerySyntaxException | SdmxNotImplementedException | SdmxNoResultsException e) {
            return SdmxHttp.error(format, contentType, SdmxHttp.errorOf(e).orElseThrow(), null);
        }
        SdmxStructureSource.Structures catalogue = source.structures(ctx.anonymous());
        SdmxStructureSource.Structures structures = withData(query, catalogue);
        SdmxArtefacts set = structures.artefacts();
        Supplier<ResponseCache.Rendered> render = () -> {
            List<MessageEntry> entries = SdmxQueryEngine.resolve(query, set);
            if (entries.isEmpty()) {
                return null;
            }
            String etag = etag(format, ctx.structureUrlBase(), entries);
            byte[] body = SdmxWriters.structure(format,
                    new StructureMessage(header(set, ctx.structureUrlBase()), entries));
            return new ResponseCache.Rendered(etag, body);
        };
        // the catalogue's set is replaced, never changed, when the catalogue changes: a rendered answer stays valid
        // with it; a set with data artefacts is made for this caller and request, so never cached
        ResponseCache.Rendered rendered = set == catalogue.artefacts()
                ? CACHE.get(set, query + "|" + format + "|" + ctx.structureUrlBase(), render)
                : render.get();
        if (rendered == null) {
            return SdmxHttp.error(format, contentType, SdmxError.NO_RESULTS, header(set, ctx.structureUrlBase()));
        }
        Instant lastModified = structures.lastModified() == null ? null
                : structures.lastModified().truncatedTo(ChronoUnit.SECONDS);
        if (SdmxHttp.notModified(ctx.ifNoneMatch(), ctx.ifModifiedSince(), rendered.etag(), lastModified)) {
            return SdmxHttp.validators(Response.notModified(), rendered.etag(), lastModified).build();
        }
        return SdmxHttp.validators(Response.ok(rendered.body()).header(HttpHeaders.CONTENT_TYPE, contentType),
                rendered.etag(), lastModified).build();
    }

    /**
     * The catalogue's structures plus the data artefacts (actual content constraints, the data provider scheme,
     * provision agreements) when the query may return
     * them: as matches (their type, or any type) or as the parents of dataflows (any references). Computing them
     * counts observations, so other queries do without. Last-Modified is the later of the two.
     */
    private static final java.util.Set<ArtefactType> DATA_TYPES = java.util.EnumSet.of(
            ArtefactType.CONTENT_CONSTRAINT, ArtefactType.DATA_PROVIDER_SCHEME, ArtefactType.PROVISION_AGREEMENT);

    private SdmxStructureSource.Structures withData(SdmxQuery query, SdmxStructureSource.Structures structures) {
        boolean needed = query.types().isEmpty() || !query.references().isNone()
                || query.types().stream().anyMatch(DATA_TYPES::contains);
        if (data.isEmpty() || !needed || query.isItemQuery() && !query.types().contains(ArtefactType.DATA_PROVIDER_SCHEME)) {
            return structures;
        }
        SdmxDataArtefactSource.DataArtefacts extra = data.get().artefacts(structures.artefacts());
        if (extra.artefacts().isEmpty()) {
            return structures;
        }
        List<io.archivo.sdmx.model.MaintainableArtefact> all = new java.util.ArrayList<>(structures.artefacts().all());
        all.addAll(extra.artefacts());
        Instant last = structures.lastModified();
        if (extra.lastModified() != null && (last == null || extra.lastModified().isAfter(last))) {
            last = extra.lastModified();
        }
        return new SdmxStructureSource.Structures(SdmxArtefacts.of(all), last);
    }

    /**
     * A strong ETag from what determines the body except header ID and Prepared: the format, the stub URL base
     * and the resolved artefacts (records print all their fields, in a stable order).
     */
    static String etag(SdmxFormat format, String urlBase, List<MessageEntry> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((format.mediaType() + "|" + urlBase + "|").getBytes(StandardCharsets.UTF_8));
            for (MessageEntry e : entries) {
                sha.update(e.toString().getBytes(StandardCharsets.UTF_8));
            }
            return "\"" + HexFormat.of().formatHex(sha.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // Content-Type is the exact SDMX media type string (parameter order kept, no charset: XML declares its
    // encoding and JSON is UTF-8), because harvesters compare it literally.

    /** The sender is the maintenance agency the set declares (the first agency of its agency scheme). */
    private static MessageHeader header(SdmxArtefacts set, String urlBase) {
        Agency sender = set.ofType(ArtefactType.AGENCY_SCHEME, AgencyScheme.class).stream()
                .flatMap(s -> s.items().stream()).findFirst()
                .orElse(Agency.of("ARCHIVO", LocalisedText.EMPTY));
        return new MessageHeader(messageId(), Instant.now(), sender.id(), sender.name(), urlBase);
    }

    private static String messageId() {
        return SdmxHttp.messageId();
    }
}
