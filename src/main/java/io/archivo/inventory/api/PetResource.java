package io.archivo.inventory.api;

import io.archivo.inventory.service.Diagnostic;
import io.archivo.inventory.service.DiagnosticService;
import io.archivo.inventory.service.IndicatorReport;
import io.archivo.inventory.service.IndicatorService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The territorial statistical plan (PET): its indicators and the diagnostic of the inventory. */
@Path("/api/v1/pet")
@Produces(MediaType.APPLICATION_JSON)
public class PetResource {

    @Inject
    IndicatorService indicators;

    @Inject
    DiagnosticService diagnostic;

    @GET
    @Path("indicators")
    public IndicatorReport indicators() {
        return indicators.current();
    }

    @GET
    @Path("diagnostic")
    public Diagnostic diagnostic() {
        return diagnostic.current();
    }
}
