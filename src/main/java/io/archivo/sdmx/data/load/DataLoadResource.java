package io.archivo.sdmx.data.load;

import io.archivo.access.Caller;
import io.archivo.access.CurrentCaller;
import io.archivo.common.http.LimitedInputStream;
import io.archivo.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Loading a process's aggregate results (its SDMX observations) as a table: SDMX-CSV 1.0/2.0 or plain CSV with
 * the DSD's column ids. See docs/sdmx.md, "Loading data".
 */
@Path("/api/v1/processes/{code}/data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Processes")
public class DataLoadResource {

    /** Loads larger than this are refused with 413 (about ten million short rows). */
    static final long MAX_BYTES = 1L << 30;

    @Inject
    DataLoadService service;
    @Inject
    CurrentCaller caller;

    @POST
    @Consumes({ "text/csv", "application/vnd.sdmx.data+csv", "application/octet-stream", "text/plain",
            XlsxTable.MEDIA_TYPE })
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(summary = "Load observations from SDMX-CSV, CSV or XLSX (action=Replace|Append|Delete; publish=false "
            + "keeps them as a draft; freq fills FREQ for tables without it)")
    public DataLoadService.LoadResult load(@PathParam("code") String code, @QueryParam("action") String action,
            @QueryParam("publish") @DefaultValue("true") boolean publish, @QueryParam("freq") String freq,
            @jakarta.ws.rs.HeaderParam("Content-Type") String contentType, InputStream body) {
        if (body == null) {
            throw ProblemException.badRequest("empty-body", "Empty body", "Send the table as text/csv");
        }
        boolean xlsx = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(XlsxTable.MEDIA_TYPE);
        return service.load(caller.get(), code, DataLoadService.action(action), publish,
                new LimitedInputStream(body, MAX_BYTES, "Table too large", "observation table"),
                xlsx ? java.nio.charset.StandardCharsets.UTF_8 : charset(contentType), xlsx, freq);
    }

    @POST
    @Path("from-file")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(summary = "Derive observations from an archived tabular data file (CSV or XLSX) of one of the "
            + "process's studies: ?study=IDNo&file=id, with action, publish and freq as for a table upload")
    public DataLoadService.LoadResult fromFile(@PathParam("code") String code, @QueryParam("study") String study,
            @QueryParam("file") String file, @QueryParam("action") String action,
            @QueryParam("publish") @DefaultValue("true") boolean publish, @QueryParam("freq") String freq) {
        if (study == null || study.isBlank() || file == null || !file.strip().matches("[0-9]{1,18}")) {
            throw ProblemException.badRequest("missing-file", "No file named",
                    "Name the data file as ?study=<study IDNo>&file=<file id>");
        }
        return service.derive(caller.get(), code, DataLoadService.action(action), publish, study.strip(),
                Long.parseLong(file.strip()), freq);
    }

    /** The charset the Content-Type names; UTF-8 when it names none (or one Java does not know). */
    static java.nio.charset.Charset charset(String contentType) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String[] kv = part.split("=", 2);
                if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                    try {
                        return java.nio.charset.Charset.forName(kv[1].strip().replace("\"", ""));
                    } catch (IllegalArgumentException e) {
                        throw ProblemException.badRequest("unknown-charset", "Unknown charset", kv[1].strip());
                    }
                }
            }
        }
        return java.nio.charset.StandardCharsets.UTF_8;
    }

    @POST
    @Path("publish")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(summary = "Publish the process's draft observations")
    public DataLoadService.LoadResult publish(@PathParam("code") String code) {
        return service.publish(caller.get(), code);
    }
}
