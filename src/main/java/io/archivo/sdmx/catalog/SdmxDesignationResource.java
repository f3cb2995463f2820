package io.archivo.sdmx.catalog;

import io.archivo.access.Caller;
import io.archivo.access.CurrentCaller;
import io.archivo.common.problem.ProblemException;
import io.archivo.sdmx.mapping.Designation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which variables of a process's study become SDMX dimensions, the measure and attributes. */
@Path("/api/v1/processes/{code}/sdmx")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Processes")
public class SdmxDesignationResource {

    /** The request and response body; variable names of the latest published study. */
    public record DesignationBody(List<String> dimensions, String measure, List<String> attributes, boolean heuristic) {
    }

    @Inject
    SdmxDesignationService service;
    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The SDMX designation of a process (heuristic=true when none was set)")
    public DesignationBody get(@PathParam("code") String code) {
        return service.find(code).map(d -> body(d, false))
                .orElse(new DesignationBody(List.of(), null, List.of(), true));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(summary = "Designate the dimension, measure and attribute variables of a process's data structure")
    public DesignationBody put(@PathParam("code") String code, DesignationBody input) {
        if (input == null) {
            throw ProblemException.badRequest("empty-body", "Empty body",
                    "Send {\"dimensions\": [...], \"measure\": \"...\", \"attributes\": [...]}");
        }
        Designation saved = service.set(caller.get(), code,
                new Designation(input.dimensions(), input.measure(), input.attributes()));
        return body(saved, false);
    }

    private static DesignationBody body(Designation d, boolean heuristic) {
        return new DesignationBody(d.dimensionVariables(), d.measureVariable(), d.attributeVariables(), heuristic);
    }
}
