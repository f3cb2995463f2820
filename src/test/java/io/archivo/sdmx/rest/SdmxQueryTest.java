package io.archivo.sdmx.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.sdmx.format.Detail;
import io.archivo.sdmx.model.ArtefactType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SdmxQueryTest {

    @Test
    void v1DefaultsAndLists() {
        SdmxQuery q = SdmxQuery.v1("dataflow", null, null, null, null, null, null);
        assertEquals(Set.of(ArtefactType.DATAFLOW), q.types());
        assertEquals(List.of(), q.agencies());
        assertEquals(List.of(SdmxQuery.LATEST), q.versions());
        assertEquals(Detail.FULL, q.detail());
        assertEquals(References.NONE, q.references());
        q = SdmxQuery.v1("codelist", "ARCHIVO_CALI+SDMX", "CL_FREQ+CL_OBS_STATUS", "1.0+latest", "A+M", "parents", "referencestubs");
        assertEquals(List.of("ARCHIVO_CALI", "SDMX"), q.agencies());
        assertEquals(List.of("CL_FREQ", "CL_OBS_STATUS"), q.ids());
        assertEquals(List.of("1.0", SdmxQuery.LATEST), q.versions());
        assertEquals(List.of("A", "M"), q.itemIds());
        assertEquals(Set.of(References.Kind.PARENTS), q.references().kinds());
        assertEquals(Detail.REFERENCESTUBS, q.detail());
        assertEquals(Set.of(), SdmxQuery.v1("structure", "all", "all", "all", null, "codelist", null).types());
        assertEquals(List.of(SdmxQuery.ALL_VERSIONS), SdmxQuery.v1("structure", "all", "all", "all", null, null, null).versions());
        assertEquals(Set.of(ArtefactType.CODELIST), SdmxQuery.v1("dataflow", null, null, null, null, "codelist", null).references().types());
    }

    @Test
    void v2WildcardsLatestAndCommaLists() {
        SdmxQuery q = SdmxQuery.v2("*", "*", "*", "*", null, "children,codelist", "allstubs");
        assertEquals(Set.of(), q.types());
        assertEquals(List.of(SdmxQuery.ALL_VERSIONS), q.versions());
        assertEquals(Set.of(References.Kind.CHILDREN), q.references().kinds());
        assertEquals(Set.of(ArtefactType.CODELIST), q.references().types());
        q = SdmxQuery.v2("dataflow", "ARCHIVO_CALI", "ECV-01,ECV-02", "~", null, "ancestors", "raw");
        assertEquals(List.of("ECV-01", "ECV-02"), q.ids());
        assertEquals(List.of(SdmxQuery.LATEST), q.versions());
        assertEquals(Detail.RAW, q.detail());
        assertEquals(List.of(SdmxQuery.LATEST, "1.0.0"), SdmxQuery.v2("codelist", null, null, "+,1.0.0", null, null, null).versions());
        assertEquals(List.of("A"), SdmxQuery.v2("codelist", "*", "CL_FREQ", "1.0", "A", null, null).itemIds());
        assertEquals(List.of(), SdmxQuery.v2("codelist", "*", "CL_FREQ", "1.0", "*", null, null).itemIds());
    }

    @ParameterizedTest(name = "v1 {0}/{1}/{2}/{3}/{4} ?references={5}&detail={6}")
    @CsvSource(nullValues = "null", value = {
            "bogus,null,null,null,null,null,null",
            "dataflow,1AGENCY,null,null,null,null,null",
            "dataflow,A,ID!,null,null,null,null",
            "dataflow,A,ID,1.x,null,null,null",
            "dataflow,A,ID,~,null,null,null",
            "dataflow,A,ID,1.0,item,null,null",
            "codelist,A,ID,1.0,bad item,null,null",
            "dataflow,null,null,null,null,ancestors,null",
            "dataflow,null,null,null,null,everything,null",
            "dataflow,null,null,null,null,null,raw",
            "dataflow,null,null,null,null,null,stubs",
            "dataflow,A+,null,null,null,null,null",
            "structureset,null,null,null,null,bogus,null",
            "dataconsumerscheme,A,ID,1.0,X,null,bogus",
            "structure,A,ID,1.0,X,null,null"})
    void v1SyntaxErrors(String resource, String agency, String id, String version, String item, String refs, String detail) {
        assertThrows(SdmxQuerySyntaxException.class, () -> SdmxQuery.v1(resource, agency, id, version, item, refs, detail));
    }

    @ParameterizedTest(name = "v2 {0}/{1}/{2}/{3}/{4} ?references={5}&detail={6}")
    @CsvSource(nullValues = "null", value = {
            "dataflows,null,null,null,null,null,null",
            "dataflow,9all,null,null,null,null,null",
            "dataflow,*,*,latest,null,null,null",
            "dataflow,*,*,01.0,null,null,null",
            "dataflow,*,*,*,X,null,null",
            "dataflow,*,*,*,null,bogus,null",
            "structureset,*,*,*,null,bogus,null",
            "valuelist,*,*,*,null,null,bogus",
            "dataflow,*,*,*,null,'children,nonsense',null",
            "dataflow,*,*,*,null,null,full+"})
    void v2SyntaxErrors(String type, String agency, String id, String version, String item, String refs, String detail) {
        assertThrows(SdmxQuerySyntaxException.class, () -> SdmxQuery.v2(type, agency, id, version, item, refs, detail));
    }

    @ParameterizedTest
    @CsvSource({"data", "availableconstraint", "schema"})
    void resourcesThatAreNoStructureQueriesAreNotImplemented(String resource) {
        assertThrows(SdmxNotImplementedException.class, () -> SdmxQuery.v1(resource, null, null, null, null, null, null));
    }

    @Test
    void constraintsAreQueriedByTheirV1AndV2Names() {
        for (String resource : List.of("contentconstraint", "actualconstraint", "allowedconstraint")) {
            assertEquals(Set.of(ArtefactType.CONTENT_CONSTRAINT),
                    SdmxQuery.v1(resource, null, null, null, null, null, null).types(), resource);
        }
        // v1's actualconstraint and allowedconstraint name one role; contentconstraint and v2 dataconstraint both
        assertEquals(io.archivo.sdmx.model.ContentConstraint.Role.ACTUAL,
                SdmxQuery.v1("actualconstraint", null, null, null, null, null, null).constraintRole());
        assertEquals(io.archivo.sdmx.model.ContentConstraint.Role.ALLOWED,
                SdmxQuery.v1("allowedconstraint", null, null, null, null, null, null).constraintRole());
        assertEquals(null, SdmxQuery.v1("contentconstraint", null, null, null, null, null, null).constraintRole());
        assertEquals(null, SdmxQuery.v2("dataconstraint", null, null, null, null, null, null).constraintRole());
        for (String type : List.of("dataconstraint", "contentconstraint")) {
            assertEquals(Set.of(ArtefactType.CONTENT_CONSTRAINT),
                    SdmxQuery.v2(type, null, null, null, null, null, null).types(), type);
        }
        assertEquals(Set.of(ArtefactType.CONTENT_CONSTRAINT),
                SdmxQuery.v1("dataflow", null, null, null, null, "contentconstraint", null).references().types());
        assertEquals(Set.of(ArtefactType.DATA_PROVIDER_SCHEME),
                SdmxQuery.v1("dataproviderscheme", null, null, null, null, null, null).types());
        assertEquals(Set.of(ArtefactType.PROVISION_AGREEMENT),
                SdmxQuery.v2("provisionagreement", null, null, null, null, null, null).types());
        assertEquals(Set.of(ArtefactType.AGENCY_SCHEME, ArtefactType.DATA_PROVIDER_SCHEME),
                SdmxQuery.v1("organisationscheme", null, null, null, null, null, null).types());
    }

    @ParameterizedTest
    @CsvSource({"metadatastructure", "metadataflow", "hierarchicalcodelist", "structureset", "process",
            "attachmentconstraint", "dataconsumerscheme", "organisationunitscheme", "transformationscheme",
            "rulesetscheme", "userdefinedoperatorscheme", "customtypescheme", "namepersonalisationscheme",
            "namealiasscheme"})
    void resourcesArchivoHasNoneOfFindNothing(String resource) {
        assertThrows(SdmxNoResultsException.class, () -> SdmxQuery.v1(resource, null, null, null, null, null, null));
        // item queries too, and valid parameters do not change that
        assertThrows(SdmxNoResultsException.class,
                () -> SdmxQuery.v1(resource, "A", "ID", "1.0", "X", "structureset", "allstubs"));
        assertThrows(SdmxNoResultsException.class, () -> SdmxQuery.v2(resource.equals("structureset") ? "valuelist"
                : resource, "*", "*", "~", null, "process,children", "raw"));
    }

    @Test
    void itemQueriesOnEveryOrganisationSchemeAndEveryV2ItemScheme() {
        SdmxQuery org = SdmxQuery.v1("organisationscheme", "ARCHIVO_CALI", "all", "latest", "ARCHIVO_CALI", null, null);
        assertEquals(Set.of(ArtefactType.AGENCY_SCHEME, ArtefactType.DATA_PROVIDER_SCHEME), org.types());
        assertEquals(List.of("ARCHIVO_CALI"), org.itemIds());
        assertEquals(List.of(), SdmxQuery.v1("organisationscheme", "ARCHIVO_CALI", "all", "latest", "all", null, null)
                .itemIds());
        SdmxQuery any = SdmxQuery.v2("*", "*", "*", "~", "A", null, null);
        assertTrue(any.types().containsAll(Set.of(ArtefactType.CODELIST, ArtefactType.CONCEPT_SCHEME)), any.types()::toString);
        assertEquals(List.of("A"), any.itemIds());
    }

    @Test
    void referencesToUnpublishedTypesAreValidButSelectNothing() {
        References r = SdmxQuery.v1("dataflow", null, null, null, null, "metadatastructure", null).references();
        assertEquals(true, r.isNone());
    }
}
