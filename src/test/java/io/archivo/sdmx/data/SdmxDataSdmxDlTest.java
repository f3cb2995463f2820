package io.archivo.sdmx.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.testsupport.Api;
import io.archivo.testsupport.DemoCatalogueProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import sdmxdl.Connection;
import sdmxdl.DataSet;
import sdmxdl.DatabaseRef;
import sdmxdl.Detail;
import sdmxdl.Flow;
import sdmxdl.Key;
import sdmxdl.Languages;
import sdmxdl.Obs;
import sdmxdl.Query;
import sdmxdl.Series;
import sdmxdl.Structure;
import sdmxdl.web.SdmxWebManager;
import sdmxdl.web.WebSource;
import sdmxdl.web.spi.WebCaching;

/**
 * sdmx-dl (its reference SDMX 2.1 REST driver) reads the demo observations of three dataflows with a key filter,
 * and gets exactly what SDMX-CSV gives for the same key and period range. sdmx-dl's query has a key and a detail
 * but no period range, so the range is applied to what it read and compared with Archivo's own
 * {@code startPeriod}/{@code endPeriod} answer.
 */
@QuarkusTest
@TestProfile(DemoCatalogueProfile.class)
@Tag("persistence")
class SdmxDataSdmxDlTest {

    @TestHTTPResource("/sdmx/rest")
    URL sdmxRest;

    @Test
    void sdmxDlReadsThreeDataflowsWithKeyFilters() throws Exception {
        SdmxWebManager manager = SdmxWebManager.ofServiceLoader().toBuilder().caching(WebCaching.noOp())
                .onEvent(src -> (marker, message) -> System.out.println("sdmx-dl " + marker + ": " + message))
                .build();
        WebSource source = WebSource.builder().id("ARCHIVO").driver("RI_SDMX21").endpointOf(sdmxRest.toString()).build();
        List<String> checked = new ArrayList<>();
        try (Connection c = manager.getConnection(source, Languages.parse("es"))) {
            List<Flow> withData = c.getFlows(DatabaseRef.NO_DATABASE).stream()
                    .filter(f -> !f.getStructureRef().getId().equals("DSD_GENERIC"))
                    .sorted(java.util.Comparator.comparing(f -> f.getRef().getId())).limit(3).toList();
            assertEquals(3, withData.size());
            for (Flow f : withData) {
                Structure dsd = c.getMeta(DatabaseRef.NO_DATABASE, f.getRef()).getStructure();
                int n = dsd.getDimensions().size();
                // the first series Archivo has, then a filter on its second dimension only
                String csv = Api.anonymous().accept("application/vnd.sdmx.data+csv;version=1.0.0")
                        .get("/sdmx/rest/data/" + f.getRef().getId()).asString();
                String[] first = csv.split("\r\n")[1].split(",", -1);
                String second = first[2];
                String[] parts = new String[n];
                Arrays.fill(parts, "");
                parts[0] = "A";
                parts[1] = second;
                Key key = Key.of(parts);
                DataSet data = c.getData(DatabaseRef.NO_DATABASE, f.getRef(),
                        Query.builder().key(key).detail(Detail.FULL).build());
                assertFalse(data.getData().isEmpty(), f.getRef() + " " + key);
                for (Series s : data.getData()) {
                    assertEquals(second, s.getKey().get(1), "the key filter holds");
                    assertEquals(5, s.getObs().size(), "2019-2023");
                }
                // the period range 2021-2022: what sdmx-dl read, cut to the range, equals Archivo's own answer
                String ranged = Api.anonymous().accept("application/vnd.sdmx.data+csv;version=1.0.0")
                        .get("/sdmx/rest/data/" + f.getRef().getId() + "/" + key + "?startPeriod=2021&endPeriod=2022")
                        .asString();
                Set<String> fromArchivo = Arrays.stream(ranged.split("\r\n")).skip(1)
                        .map(l -> l.split(",", -1)).map(r -> String.join(".", Arrays.copyOfRange(r, 1, n + 1))
                                + "@" + r[n + 1] + "=" + r[n + 2])
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<String> fromSdmxDl = new TreeSet<>();
                for (Series s : data.getData()) {
                    for (Obs o : s.getObs()) {
                        int year = o.getPeriod().getStart().getYear();
                        if (year >= 2021 && year <= 2022) {
                            fromSdmxDl.add(s.getKey() + "@" + year + "=" + (long) o.getValue());
                        }
                    }
                }
                assertEquals(fromArchivo, fromSdmxDl);
                assertTrue(data.getData().iterator().next().getMeta().containsKey("UNIT_MEASURE"),
                        "series attributes reach sdmx-dl");
                checked.add(f.getRef().getId() + " " + key + ": " + data.getData().size() + " series");
            }
        }
        System.out.println("sdmx-dl data: " + checked);
    }
}
