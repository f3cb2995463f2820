package io.archivo.web;

import io.archivo.harvest.schemaorg.StudyPageJsonLd;

import io.archivo.access.AccessPolicy;
import io.archivo.archive.api.dto.StudyRead;
import io.archivo.archive.api.dto.StudyView;
import io.archivo.archive.api.dto.VersionView;
import io.archivo.archive.api.dto.WithdrawalView;
import io.archivo.common.api.Page;
import io.archivo.common.api.PageRequest;
import io.archivo.ddi.model.Variable;
import io.quarkus.qute.Location;
import io.archivo.files.FileView;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code /estudios/{idno}}: a study as the API shows it to the same caller (404 where the API says 404, 410 with a
 * tombstone where the study was public once), with its variables paged and filterable ({@code vq}, {@code vpagina}),
 * versions, downloads and data files.
 */
@Path("/estudios/{idno}")
@Produces(MediaType.TEXT_HTML)
public class StudyPage {

    static final int VARIABLES_PER_PAGE = 25;
    static final int MAX_VARIABLE_PAGE = 10_000;
    /** A filter reads at most this many variables (pages of 100 through the same service as the API). */
    static final int FILTER_SCAN = 5_000;
    static final int FILTER_CHUNK = 100;

    @Inject
    @Location("study.html")
    Template page;
    @Inject
    @Location("not-found.html")
    Template notFound;
    @Inject
    @Location("tombstone.html")
    Template tombstone;
    @Inject
    CatalogueReads catalogue;
    @Inject
    Site site;
    @Inject
    StudyPageJsonLd jsonLd;
    @Inject
    PageModels models;
    @Inject
    ErrorPages errors;

    @GET
    public Response get(@PathParam("idno") String idno, @QueryParam("vq") String vq,
            @QueryParam("vpagina") String vpage, @Context UriInfo uri) {
        String filter = vq == null ? "" : vq.trim();
        // read like the search's pagina: digits clamped, anything else the first page
        int pageNo = SearchState.pageNumber(vpage, MAX_VARIABLE_PAGE);
        // one read for the whole page: a filter starts from the first chunk it scans
        PageRequest first = filter.isEmpty() ? PageRequest.of(pageNo, VARIABLES_PER_PAGE)
                : PageRequest.of(1, FILTER_CHUNK);
        Optional<StudyRead> found = catalogue.studyPage(site.caller(), idno, first, StudyPageJsonLd.VARIABLES);
        if (found.isEmpty()) {
            // withdrawn while public: the notice (title, date, reason, replacement) as the API's 410 gives it
            Optional<WithdrawalView> withdrawn = catalogue.withdrawal(site.caller(), idno);
            if (withdrawn.isPresent()) {
                return Response.status(410).entity(site.page(tombstone.data("idno", idno)
                        .data("w", Tombstone.of(withdrawn.get())).data("since", null))).build();
            }
            // public once and no longer (reclassified, or withdrawn and classified): only the date /oai tells anybody
            Optional<OffsetDateTime> gone = catalogue.noLongerPublicSince(idno);
            if (gone.isPresent()) {
                return Response.status(410).entity(site.page(tombstone.data("idno", idno).data("w", null)
                        .data("since", gone.get().toLocalDate().toString()))).build();
            }
            return Response.status(404).entity(site.page(notFound.data("what", "el estudio «" + idno + "»"))).build();
        }
        StudyRead read = found.get();
        StudyView study = read.study();
        Page<Variable> vars = filter.isEmpty() ? read.variables() : filtered(idno, filter, pageNo, read.variables());
        List<VersionView> versions = read.versions();
        List<FileView> files = catalogue.files(site.caller(), read);
        String self = uri.getBaseUri().resolve(Urls.study(idno).substring(1)).toString();
        // the public face whoever asks (nothing for a study the public may not see): once per catalogue state, from
        // this page's own read where the caller sees the public face
        String ld = models.get(List.of("json-ld", idno, self),
                () -> jsonLd.of(read, files, self).map(StudyPage::scriptSafe)).orElse(null);
        StudyFacts facts = StudyFacts.of(study, versions, self);
        long pages = (vars.total() + VARIABLES_PER_PAGE - 1) / VARIABLES_PER_PAGE;
        String base = Urls.study(idno) + "?vq=" + Urls.enc(filter);
        if (pageNo > 1 && vars.items().isEmpty()) {
            // past the last page of variables: a 404 that links the last page, as the search does
            long last = Math.max(1, pages);
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(errors.render(404, "Este estudio tiene " + (pages <= 1 ? "una página" : pages + " páginas")
                            + " de variables" + (filter.isEmpty() ? "" : " con «" + filter + "»") + "; la página " + pageNo
                            + " no existe.", base + (last > 1 ? "&vpagina=" + last : "") + "#variables",
                            last > 1 ? "Ir a la última página de variables (" + last + ")" : "Ver las variables"))
                    .build();
        }
        boolean manager = AccessPolicy.seesBeyondPublic(site.caller());
        List<DataFile> dataFiles = files.stream().map(f -> DataFile.of(f, manager)).toList();
        TemplateInstance html = page.data("s", facts).data("jsonLd", ld).data("files", dataFiles)
                .data("variables", vars.items().stream().map(v -> VariableView.of(v, filter)).toList())
                .data("variableTotal", vars.total()).data("vq", filter).data("vpage", pageNo).data("vpages", pages)
                .data("vprev", pageNo > 1 ? base + "&vpagina=" + (pageNo - 1) + "#variables" : null)
                .data("vnext", pageNo < pages ? base + "&vpagina=" + (pageNo + 1) + "#variables" : null);
        return Response.ok(site.page(html)).build();
    }

    /**
     * What a tombstone shows of a withdrawal: the title, the day, the reason, and the forwarding link (the study's
     * page when it names a study of the archive, else the URL).
     */
    @TemplateData
    public record Tombstone(String title, String day, String reason, String forwardHref, String forwardLabel,
            boolean forwardExternal) {
        static Tombstone of(WithdrawalView w) {
            String href = null;
            String label = null;
            if (w.replacedBy() != null) {
                boolean study = Boolean.TRUE.equals(w.replacedByStudy());
                href = study ? Urls.study(w.replacedBy()) : w.replacedBy();
                label = study ? "el estudio " + w.replacedBy() : w.replacedBy();
            }
            return new Tombstone(w.title(), w.withdrawnAt() == null ? null : w.withdrawnAt().toLocalDate().toString(),
                    w.reason(), href, label, href != null && !Boolean.TRUE.equals(w.replacedByStudy()));
        }
    }

    /**
     * A data file in the downloads: a link where its level is {@code publica} or the caller is an editor or admin
     * (the content endpoint still decides); otherwise the Ley 1712 way to ask for it.
     */
    @TemplateData
    public record DataFile(String name, String href, String csvHref, String size, String mediaType,
            String description, String licence, boolean classified, boolean open) {
        static DataFile of(FileView f, boolean manager) {
            String href = "/api/v1/studies/" + Urls.enc(f.study()) + "/files/" + f.id() + "/content";
            boolean tabularNotCsv = f.tabular() && !"text/csv".equals(f.mediaType());
            return new DataFile(f.name(), href, tabularNotCsv ? href + "?format=csv" : null, bytes(f.size()),
                    f.mediaType(), f.description(), f.licence(), !AccessPolicy.PUBLICA.equals(f.accessLevel()),
                    manager || AccessPolicy.PUBLICA.equals(f.accessLevel()));
        }

        static String bytes(long n) {
            if (n < 1024) {
                return n + " B";
            }
            return n < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KiB", n / 1024.0)
                    : String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
        }
    }

    /**
     * The variables whose name, label or question contains the filter (ignoring case and accents), paged; the scan
     * starts with the read's first chunk and reads the next through the same service as the API.
     */
    private Page<Variable> filtered(String idno, String filter, int pageNo, Page<Variable> firstChunk) {
        String needle = fold(filter);
        List<Variable> matches = new ArrayList<>();
        Page<Variable> chunk = firstChunk;
        for (int p = 1; (long) (p - 1) * FILTER_CHUNK < FILTER_SCAN; p++) {
            if (p > 1) {
                chunk = catalogue.variables(site.caller(), idno, PageRequest.of(p, FILTER_CHUNK));
            }
            for (Variable v : chunk.items()) {
                if (fold(v.name()).contains(needle) || v.labels().stream().anyMatch(t -> fold(t.value()).contains(needle))
                        || v.questions().stream().anyMatch(t -> fold(t.value()).contains(needle))) {
                    matches.add(v);
                }
            }
            if ((long) p * FILTER_CHUNK >= chunk.total()) {
                break;
            }
        }
        int from = Math.min(matches.size(), (pageNo - 1) * VARIABLES_PER_PAGE);
        int to = Math.min(matches.size(), from + VARIABLES_PER_PAGE);
        return new Page<>(matches.size(), pageNo, VARIABLES_PER_PAGE, matches.subList(from, to));
    }

    static String fold(String s) {
        return s == null ? "" : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** Combining marks, left by NFD where accents were (compiled once: the filter folds every variable's texts). */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /** JSON inside a script element must not close it. */
    static String scriptSafe(String json) {
        return json.replace("</", "<\\/").replace("<!--", "<\\!--");
    }
}
