package io.archivo.sdmx.data;

import io.archivo.sdmx.catalog.SdmxDesignationService;
import io.archivo.sdmx.data.load.DesignatedColumns;
import io.archivo.sdmx.mapping.Designation;
import io.archivo.sdmx.model.ArtefactRef;
import io.archivo.sdmx.model.ContentConstraint;
import io.archivo.sdmx.model.Dimension;
import io.archivo.sdmx.model.LocalisedText;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The allowed content constraints: for each dataflow whose DSD follows its process's data designation
 * ({@code PUT /processes/{code}/sdmx}), {@code ALLOWED_{flow}} (the dataflow's version) with one cube region holding,
 * per coded dimension, the codes its codelist allows — the designated variables' categories, the frequencies, the
 * areas. It is what a load is validated against, stated as SDMX states it, so clients that build their filters
 * from constraints (rather than from the DSD) offer the codes data may use before any is loaded. Structural:
 * the same for every caller, since the DSD it restates is public.
 */
@ApplicationScoped
public class AllowedConstraints {

    /** The id prefix; actual constraints are {@code CC_{flow}}, so the two never share an id. */
    public static final String PREFIX = "ALLOWED_";

    private final SdmxDesignationService designations;

    AllowedConstraints(SdmxDesignationService designations) {
        this.designations = designations;
    }

    /** The allowed constraints of those of {@code flows} whose process has a designation their DSD follows. */
    public List<ContentConstraint> of(List<DataflowStructure> flows) {
        Set<String> designated = designations.designatedProcessCodes();
        List<ContentConstraint> out = new ArrayList<>();
        for (DataflowStructure s : flows) {
            if (!designated.contains(s.processCode())) {
                continue;
            }
            Optional<Designation> d = designations.find(s.processCode());
            if (d.isPresent() && DesignatedColumns.governs(d.get(), s)) {
                out.add(constraint(s));
            }
        }
        return out;
    }

    static ContentConstraint constraint(DataflowStructure s) {
        ArtefactRef flow = s.dataflow();
        List<ContentConstraint.KeyValues> keyValues = new ArrayList<>();
        for (Dimension d : s.dimensions()) {
            Set<String> codes = s.codesOf(d.id());
            if (codes != null && !codes.isEmpty()) {
                keyValues.add(new ContentConstraint.KeyValues(d.id(), List.copyOf(codes)));
            }
        }
        return ContentConstraint.allowed(ArtefactRef.of(flow.agency(), PREFIX + flow.id(), flow.version()),
                LocalisedText.esEn("Códigos permitidos de " + flow.id(), "Allowed codes of " + flow.id()),
                LocalisedText.esEn("Los códigos que pueden usar los datos del flujo " + flow.id()
                        + ", según la designación de variables del proceso " + s.processCode() + ".",
                        "The codes the data of dataflow " + flow.id() + " may use, as the variable designation of "
                                + "process " + s.processCode() + " sets them."),
                flow, keyValues);
    }
}
