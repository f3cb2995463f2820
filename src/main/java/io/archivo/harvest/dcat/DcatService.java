package io.archivo.harvest.dcat;

import io.archivo.common.problem.ProblemException;
import io.archivo.harvest.HarvestConfig;
import io.archivo.harvest.Links;
import io.archivo.harvest.PublicDatasets;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** The DCAT-AP 3.0 catalogue, page by page, in the three RDF syntaxes harvesters ask for. */
@ApplicationScoped
public class DcatService {

    /** The syntaxes served, by media type; the first is the default. */
    public enum Syntax {
        TURTLE("text/turtle", RDFFormat.TURTLE_PRETTY),
        JSON_LD("application/ld+json", RDFFormat.JSONLD11_PRETTY),
        RDF_XML("application/rdf+xml", RDFFormat.RDFXML_PLAIN);

        public final String mediaType;
        final RDFFormat format;

        Syntax(String mediaType, RDFFormat format) {
            this.mediaType = mediaType;
            this.format = format;
        }
    }

    private final PublicDatasets datasets;
    private final HarvestConfig config;

    DcatService(PublicDatasets datasets, HarvestConfig config) {
        this.datasets = datasets;
        this.config = config;
    }

    /** Page {@code page} (from 1) of the catalogue; a page past the last is a 404 problem. */
    public Model page(Links links, int page) {
        if (page < 1) {
            throw ProblemException.badRequest("invalid-paging", "Invalid paging", "page must be 1 or more, got " + page);
        }
        int size = config.pageSize();
        if ((long) (page - 1) * size > 100_000_000L) {
            throw ProblemException.notFound("The catalogue has no page " + page);
        }
        PublicDatasets.DatasetPage found = datasets.page(page, size);
        long last = Math.max(1, (found.total() + size - 1) / size);
        if (page > last) {
            throw ProblemException.notFound("The catalogue has " + last + (last == 1 ? " page" : " pages")
                    + "; there is no page " + page);
        }
        return DcatCatalog.page(links, config, found.datasets(), page, size, found.total());
    }

    public byte[] write(Model model, Syntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        RDFDataMgr.write(out, model, syntax.format);
        return out.toByteArray();
    }
}
