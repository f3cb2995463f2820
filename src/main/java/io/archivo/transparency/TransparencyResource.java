package io.archivo.transparency;

import io.archivo.common.problem.ProblemException;
import io.archivo.inventory.importer.InventoryFormat;
import io.archivo.inventory.importer.TableWriter;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The transparency instruments of Ley 1712 de 2014, public, as JSON, CSV or XLSX ({@code ?format=}). */
@Path("/api/v1/transparency")
@Tag(name = "Transparency")
public class TransparencyResource {

    @Inject
    TransparencyService service;

    @GET
    @Path("registro-activos")
    @Produces({ MediaType.APPLICATION_JSON, InventoryFormat.CSV_MEDIA_TYPE, InventoryFormat.XLSX_MEDIA_TYPE })
    @Operation(summary = "Registro de Activos de Información (Decreto 103 de 2015 art. 38): every process")
    public Response registro(@QueryParam("format") String format) {
        return answer(format, "registro-activos", "Registro de activos", TransparencyService.REGISTRO_COLUMNS,
                service.registro());
    }

    @GET
    @Path("indice-clasificada")
    @Produces({ MediaType.APPLICATION_JSON, InventoryFormat.CSV_MEDIA_TYPE, InventoryFormat.XLSX_MEDIA_TYPE })
    @Operation(summary = "Índice de Información Clasificada y Reservada (Decreto 103 de 2015 art. 39-40)")
    public Response indice(@QueryParam("format") String format) {
        return answer(format, "indice-informacion-clasificada", "Índice clasificada",
                TransparencyService.INDICE_COLUMNS, service.indice());
    }

    private static Response answer(String format, String file, String sheet, List<String> columns,
            List<Map<String, String>> rows) {
        if (format == null || format.isBlank() || format.trim().equalsIgnoreCase("json")) {
            return Response.ok(Map.of("columns", columns, "total", rows.size(), "items", rows),
                    MediaType.APPLICATION_JSON).build();
        }
        InventoryFormat f = InventoryFormat.fromName(format).orElseThrow(() -> ProblemException.badRequest(
                "invalid-parameter", "Invalid parameter", "format must be json, csv or xlsx"));
        byte[] body = TableWriter.write(f, sheet, columns,
                rows.stream().map(r -> columns.stream().map(r::get).toList()).toList());
        return Response.ok(body, f.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file + "." + f.extension() + "\"").build();
    }
}
