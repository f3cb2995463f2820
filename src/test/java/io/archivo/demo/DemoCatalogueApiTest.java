package io.archivo.demo;

import static io.archivo.testsupport.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.testsupport.DemoCatalogueProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A fresh data directory with ARCHIVO_DEMO=true starts with the illustrative catalogue and the plan's diagnostic. */
@QuarkusTest
@TestProfile(DemoCatalogueProfile.class)
@Tag("persistence")
class DemoCatalogueApiTest {

    @Test
    void theInventoryHas111IllustrativeProcessesIn16Departments() {
        JsonPath page = anonymous().get("/api/v1/processes?size=100").then().statusCode(200)
                .body("total", equalTo(111)).body("items.illustrative", everyItem(equalTo(true)))
                .extract().jsonPath();
        List<String> departments = page.getList("items.department.code");
        departments.addAll(anonymous().get("/api/v1/processes?size=100&page=2").jsonPath().getList("items.department.code"));
        assertEquals(16, new HashSet<>(departments).size());
    }

    @Test
    void indicatorsReproduceThePlanDiagnostic() {
        JsonPath pet = anonymous().get("/api/v1/pet/indicators").then().statusCode(200).extract().jsonPath();
        Map<String, Integer> current = Map.of("difusion-publico", 57, "difusion-web", 38,
                "recoleccion-digital", 21, "documentacion-dane", 0, "bases-de-datos", 33);
        current.forEach((id, value) -> assertEquals(value,
                pet.getInt("indicators.find { it.id == '" + id + "' }.current"), id));
        // other tests sharing this profile may publish more studies; the 20 demo ones are always there
        assertTrue(pet.getInt("indicators.find { it.id == 'metadatos-estandarizados' }.current") >= 20);
        assertEquals(87, pet.getInt("indicators.find { it.id == 'difusion-publico' }.target"));
    }

    @Test
    void demoStudiesArePublishedAndSearchable() {
        List<String> published = anonymous().get("/api/v1/studies?size=100").then().statusCode(200).extract()
                .jsonPath().getList("items.idno");
        for (DemoStudy study : DemoStudyGenerator.studies()) {
            assertTrue(published.contains(study.idno()), study.idno() + " is published");
        }
        assertEquals(20, DemoStudyGenerator.studies().size());
        anonymous().get("/api/v1/search?q=vacunacion").then().statusCode(200).body("total", greaterThan(0));
        anonymous().get("/api/v1/search?q=comuna&type=variable").then().statusCode(200).body("total", greaterThan(0));
    }

    @Test
    void severalDemoStudiesCoverComunasAndCorregimientos() {
        JsonPath search = anonymous().get("/api/v1/search?q=&size=1").then().statusCode(200).extract().jsonPath();
        List<String> areas = search.getList("facets.area.value");
        assertTrue(areas.size() >= 10 && areas.containsAll(List.of("Comuna 2", "Comuna 13", "Comuna 22", "Pance")),
                areas.toString());
        assertEquals(2, search.getInt("facets.area.find { it.value == 'Pance' }.count"));
        String sets = anonymous().get("/oai?verb=ListSets").then().statusCode(200).extract().asString();
        for (String spec : List.of("comuna", "comuna:13", "comuna:22", "comuna:51", "comuna:53")) {
            assertTrue(sets.contains("<setSpec>" + spec + "</setSpec>"), spec + " in " + sets);
        }
    }
}
