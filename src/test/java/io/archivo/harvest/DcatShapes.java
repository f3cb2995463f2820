package io.archivo.harvest;

import io.archivo.testsupport.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The DCAT-AP 3.0 SHACL shapes from ../shared/schemas/dcat-ap-3.0, read in place: the release's
 * {@code dcat-ap-SHACL.ttl} (mandatory and recommended properties, cardinalities and ranges). The controlled
 * vocabulary shapes ({@code mdr-vocabularies.shape.ttl}) need the EU code lists loaded, which are not available
 * offline, and {@code imports.ttl} only imports remote vocabularies: neither is used.
 */
public final class DcatShapes {

    private static Shapes shapes;

    private DcatShapes() {
    }

    public static Path file() {
        return Api.sharedDir().resolve("schemas/dcat-ap-3.0/dcat-ap-SHACL.ttl");
    }

    public static boolean available() {
        return Files.isRegularFile(file());
    }

    public static String missing() {
        return "DCAT-AP 3.0 SHACL shapes not found at " + file().toAbsolutePath()
                + " (set -Darchivo.shared.dir); SHACL validation skipped";
    }

    public static synchronized Shapes shapes() {
        if (shapes == null) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFDataMgr.read(g, file().toUri().toString());
            shapes = Shapes.parse(g);
        }
        return shapes;
    }

    /** The violations (severity Violation) of a graph, as printable lines; empty when it conforms. */
    public static List<String> violations(Model model) {
        ValidationReport report = ShaclValidator.get().validate(shapes(), model.getGraph());
        return report.getEntries().stream()
                .filter(e -> e.severity().level().getURI().endsWith("#Violation"))
                .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
                .toList();
    }

    /** Every result, whatever its severity (warnings and infos of the recommended properties). */
    public static String report(Model model) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ShLib.printReport(out, ShaclValidator.get().validate(shapes(), model.getGraph()));
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
