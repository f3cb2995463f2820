package io.archivo.sdmx.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.archivo.sdmx.SdmxFixtures;
import io.archivo.sdmx.model.ArtefactType;
import io.archivo.sdmx.model.LocalisedText;
import io.archivo.sdmx.model.SdmxArtefacts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of structure message the XML writers produce (per artefact type, per presentation, plus errors)
 * validated against the official SDMX-ML 2.1 and 3.0 schemas read in place from the shared folder.
 */
public class XsdValidationTest {

    private static final Map<SdmxFormat, Schema> SCHEMAS = new EnumMap<>(SdmxFormat.class);

    /** Without the official schemas the whole class is skipped, with one message rather than one per case. */
    @org.junit.jupiter.api.BeforeAll
    static void schemasArePresent() {
        Path xsd = SdmxFixtures.sharedDir().resolve("schemas").resolve("sdmx-ml-2.1").resolve("SDMXMessage.xsd");
        assumeTrue(Files.isRegularFile(xsd), "SDMX-ML schemas not found at " + xsd
                + "; XsdValidationTest is skipped (set -Darchivo.shared.dir)");
    }

    static Schema schema(SdmxFormat format) {
        return SCHEMAS.computeIfAbsent(format, f -> {
            Path xsd = SdmxFixtures.sharedDir().resolve("schemas")
                    .resolve(f == SdmxFormat.SDMX_ML_21 ? "sdmx-ml-2.1" : "sdmx-ml-3.0").resolve("SDMXMessage.xsd");
            assumeTrue(Files.isRegularFile(xsd), "SDMX-ML schemas not found at " + xsd + "; set -Darchivo.shared.dir");
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
                return factory.newSchema(xsd.toFile());
            } catch (Exception e) {
                throw new IllegalStateException("Cannot compile " + xsd, e);
            }
        });
    }

    public static void assertValid(SdmxFormat format, byte[] xml) {
        Validator v = schema(format).newValidator();
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new AssertionError(format + " message not valid: " + e.getMessage() + "\n"
                    + new String(xml, StandardCharsets.UTF_8), e);
        }
    }

    static MessageHeader header() {
        return new MessageHeader("IREF_TEST", Instant.parse("2025-01-02T03:04:05Z"), "ARCHIVO_CALI",
                LocalisedText.es("Archivo estadístico de Santiago de Cali"), "https://archivo.example/sdmx/rest");
    }

    static Stream<Arguments> cases() {
        SdmxArtefacts all = SdmxFixtures.artefacts();
        List<Arguments> out = new ArrayList<>();
        for (SdmxFormat f : List.of(SdmxFormat.SDMX_ML_21, SdmxFormat.SDMX_ML_30)) {
            for (ArtefactType t : ArtefactType.values()) {
                for (Presentation p : Presentation.values()) {
                    if (p == Presentation.PARTIAL && !t.isItemScheme()) {
                        continue;
                    }
                    List<io.archivo.sdmx.model.MaintainableArtefact> artefacts = switch (t) {
                        case CONTENT_CONSTRAINT -> List.of(constraint(all), allowedConstraint(all));
                        case DATA_PROVIDER_SCHEME -> List.of(providers());
                        case PROVISION_AGREEMENT -> List.of(agreement(all));
                        default -> all.ofType(t);
                    };
                    List<MessageEntry> entries = artefacts.stream().map(a -> new MessageEntry(
                            p == Presentation.PARTIAL ? ((io.archivo.sdmx.model.ItemScheme<?>) a).withItems(id -> id.hashCode() % 2 == 0) : a, p)).toList();
                    out.add(Arguments.of(f, t, p, entries));
                }
            }
        }
        return out.stream();
    }

    /** The data provider scheme and agreements derive from the data, so are not in the structure set either. */
    static io.archivo.sdmx.model.DataProviderScheme providers() {
        return new io.archivo.sdmx.model.DataProviderScheme(io.archivo.sdmx.model.DataProviderScheme.refOf("ARCHIVO_CALI"),
                LocalisedText.esEn("Proveedores de datos", "Data providers"), LocalisedText.esEn("Uno", "One"),
                List.of(new io.archivo.sdmx.model.DataProvider("ARCHIVO_CALI", LocalisedText.es("Archivo"), null),
                        new io.archivo.sdmx.model.DataProvider("DAP", LocalisedText.es("Planeación"), null)));
    }

    static io.archivo.sdmx.model.ProvisionAgreement agreement(SdmxArtefacts all) {
        var flow = all.ofType(ArtefactType.DATAFLOW).get(0).ref();
        return new io.archivo.sdmx.model.ProvisionAgreement(
                io.archivo.sdmx.model.ArtefactRef.of(flow.agency(), "PA_" + flow.id(), "1.0"),
                LocalisedText.esEn("Provisión", "Provision"), null, flow,
                io.archivo.sdmx.model.DataProviderScheme.refOf("ARCHIVO_CALI"), "ARCHIVO_CALI");
    }

    /** Content constraints are not in the structure set (availability answers with one): a fixture of its own. */
    static io.archivo.sdmx.model.ContentConstraint constraint(SdmxArtefacts all) {
        var flow = all.ofType(ArtefactType.DATAFLOW).get(0).ref();
        return new io.archivo.sdmx.model.ContentConstraint(
                io.archivo.sdmx.model.ArtefactRef.of(flow.agency(), "CC_" + flow.id(), "1.0"),
                LocalisedText.esEn("Disponibilidad de datos", "Data availability"), null, flow,
                List.of(new io.archivo.sdmx.model.ContentConstraint.KeyValues("FREQ", List.of("A", "M")),
                        new io.archivo.sdmx.model.ContentConstraint.KeyValues("REF_AREA", List.of("01", "51"))),
                new io.archivo.sdmx.model.ContentConstraint.TimeRange("2019", "2023-Q2"), 42);
    }

    /** An allowed constraint: the codes data may use, no period range and no observation count. */
    static io.archivo.sdmx.model.ContentConstraint allowedConstraint(SdmxArtefacts all) {
        var flow = all.ofType(ArtefactType.DATAFLOW).get(0).ref();
        return io.archivo.sdmx.model.ContentConstraint.allowed(
                io.archivo.sdmx.model.ArtefactRef.of(flow.agency(), "ALLOWED_" + flow.id(), flow.version()),
                LocalisedText.esEn("Códigos permitidos", "Allowed codes"), LocalisedText.esEn("Los códigos", "The codes"),
                flow, List.of(new io.archivo.sdmx.model.ContentConstraint.KeyValues("FREQ", List.of("A")),
                        new io.archivo.sdmx.model.ContentConstraint.KeyValues("REF_AREA", List.of("01", "02", "51"))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void structureMessagesAreSchemaValid(SdmxFormat format, ArtefactType type, Presentation presentation,
            List<MessageEntry> entries) {
        assertFalse(entries.isEmpty(), "fixture has " + type);
        assertValid(format, SdmxWriters.structure(format, new StructureMessage(header(), entries)));
    }

    @Test
    void wholeSetInOneMessageIsValidInBothVersions() {
        List<MessageEntry> entries = new ArrayList<>(SdmxFixtures.artefacts().all().stream()
                .map(a -> new MessageEntry(a, Presentation.FULL)).toList());
        // with a constraint too, so its container's place in StructuresType is checked
        entries.add(new MessageEntry(constraint(SdmxFixtures.artefacts()), Presentation.FULL));
        entries.add(new MessageEntry(allowedConstraint(SdmxFixtures.artefacts()), Presentation.FULL));
        for (SdmxFormat f : List.of(SdmxFormat.SDMX_ML_21, SdmxFormat.SDMX_ML_30)) {
            assertValid(f, SdmxWriters.structure(f, new StructureMessage(header(), entries)));
        }
    }

    @Test
    void errorMessagesAreSchemaValid() {
        for (SdmxFormat f : List.of(SdmxFormat.SDMX_ML_21, SdmxFormat.SDMX_ML_30)) {
            assertValid(f, SdmxWriters.error(f, header(), List.of(SdmxError.NO_RESULTS, SdmxError.SYNTAX_ERROR.withDetail("bad"))));
        }
    }

    @Test
    void stubWithoutStructureUrlIsValid() {
        MessageHeader noUrl = new MessageHeader("X", Instant.EPOCH, "ARCHIVO_CALI", LocalisedText.EMPTY, null);
        List<MessageEntry> entries = SdmxFixtures.artefacts().all().stream()
                .map(a -> new MessageEntry(a, Presentation.STUB)).toList();
        for (SdmxFormat f : List.of(SdmxFormat.SDMX_ML_21, SdmxFormat.SDMX_ML_30)) {
            assertValid(f, SdmxWriters.structure(f, new StructureMessage(noUrl, entries)));
        }
    }
}
