package io.archivo.sdmx.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.archivo.sdmx.model.ArtefactType;
import io.archivo.sdmx.model.Categorisation;
import io.archivo.sdmx.model.ContentConstraint;
import io.archivo.sdmx.model.DataStructure;
import io.archivo.sdmx.model.Dataflow;
import io.archivo.sdmx.model.Item;
import io.archivo.sdmx.model.ItemScheme;
import io.archivo.sdmx.model.LocalisedText;
import io.archivo.sdmx.model.MaintainableArtefact;
import io.archivo.sdmx.model.Representation;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What SDMX-JSON structure messages 1.0 and 2.0 share: {@code meta}, {@code data} with one array per artefact
 * type (omitted when empty, as the schemas want at least one item), {@code name} in the first language plus
 * {@code names} per language, URNs for references, and {@code errors}. Subclasses write what differs.
 */
abstract class JsonStructureWriterBase {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Map<ArtefactType, String[]> PROPERTIES = Map.ofEntries(
            Map.entry(ArtefactType.DATA_PROVIDER_SCHEME, new String[] {"dataProviderSchemes", "dataProviders"}),
            Map.entry(ArtefactType.PROVISION_AGREEMENT, new String[] {"provisionAgreements", null}),
            Map.entry(ArtefactType.AGENCY_SCHEME, new String[] {"agencySchemes", "agencies"}),
            Map.entry(ArtefactType.CATEGORY_SCHEME, new String[] {"categorySchemes", "categories"}),
            Map.entry(ArtefactType.CATEGORISATION, new String[] {"categorisations", null}),
            Map.entry(ArtefactType.CODELIST, new String[] {"codelists", "codes"}),
            Map.entry(ArtefactType.CONCEPT_SCHEME, new String[] {"conceptSchemes", "concepts"}),
            Map.entry(ArtefactType.DATAFLOW, new String[] {"dataflows", null}),
            Map.entry(ArtefactType.DATA_STRUCTURE, new String[] {"dataStructures", null}),
            Map.entry(ArtefactType.CONTENT_CONSTRAINT, new String[] {"contentConstraints", null}));

    abstract String schemaUrl();

    /** Extra properties a maintainable carries in this version (e.g. isFinal in 1.0). */
    abstract void maintainableExtras(ObjectNode node, MaintainableArtefact artefact);

    abstract ObjectNode dataStructureComponents(DataStructure dsd);

    abstract ObjectNode localRepresentation(Representation r);

    /** The constraint's type or role, attachment and cube region in this version's words. */
    abstract void constraint(ObjectNode node, ContentConstraint c);

    /** The agreement's dataflow and data provider, as URNs. */
    abstract void provision(ObjectNode node, io.archivo.sdmx.model.ProvisionAgreement pa);

    /** The property of {@code data} holding artefacts of a type. */
    String container(ArtefactType type) {
        return PROPERTIES.get(type)[0];
    }

    String urn(MaintainableArtefact a) {
        return a.urn();
    }

    void write(StructureMessage message, OutputStream out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("meta", meta(message.header(), languages(message)));
        ObjectNode data = root.putObject("data");
        for (ArtefactType type : ArtefactType.values()) {
            List<MessageEntry> entries = message.ofType(type);
            if (!entries.isEmpty()) {
                ArrayNode arr = data.putArray(container(type));
                entries.forEach(e -> arr.add(artefact(message.header(), e, PROPERTIES.get(type)[1])));
            }
        }
        writeTree(root, out);
    }

    void writeError(MessageHeader header, List<SdmxError> errors, OutputStream out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("meta", meta(header, Set.of("en")));
        ArrayNode arr = root.putArray("errors");
        for (SdmxError e : errors) {
            arr.addObject().put("code", e.code()).put("title", e.text());
        }
        writeTree(root, out);
    }

    ObjectNode meta(MessageHeader h, Set<String> languages) {
        ObjectNode meta = MAPPER.createObjectNode();
        meta.put("schema", schemaUrl());
        meta.put("id", h.id());
        meta.put("test", false);
        meta.put("prepared", XmlOut.dateTime(h.prepared()));
        ArrayNode langs = meta.putArray("contentLanguages");
        languages.forEach(langs::add);
        ObjectNode sender = meta.putObject("sender").put("id", h.senderId());
        localised(sender, "name", "names", h.senderName());
        return meta;
    }

    private static Set<String> languages(StructureMessage m) {
        Set<String> langs = new LinkedHashSet<>();
        langs.add("es");
        m.entries().forEach(e -> langs.addAll(e.artefact().name().values().keySet()));
        return langs;
    }

    private ObjectNode artefact(MessageHeader h, MessageEntry e, String itemsProperty) {
        MaintainableArtefact a = e.artefact();
        Presentation p = e.presentation();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", a.ref().id()).put("version", a.ref().version()).put("agencyID", a.ref().agency());
        n.put("isExternalReference", p.isStub());
        maintainableExtras(n, a);
        if (a instanceof ItemScheme) {
            n.put("isPartial", p == Presentation.PARTIAL);
        }
        if (a instanceof ContentConstraint c && c.isActual() && !p.isStub()) {
            n.putArray("annotations").addObject().put("id", "obs_count")
                    .put("title", Long.toString(c.observations())).put("type", "sdmx_metrics");
        }
        localised(n, "name", "names", a.name());
        if (p != Presentation.STUB) {
            localised(n, "description", "descriptions", a.description());
        }
        ArrayNode links = n.putArray("links");
        ObjectNode self = links.addObject().put("rel", "self").put("urn", urn(a)).put("type", a.type().restName());
        String url = StubUrls.structureUrl(h, a);
        if (url != null) {
            self.put("href", url);
        }
        if (p.isStub()) {
            return n;
        }
        if (a instanceof ItemScheme<?> scheme) {
            ArrayNode items = n.putArray(itemsProperty);
            for (Item i : scheme.items()) {
                ObjectNode in = items.addObject().put("id", i.id());
                localised(in, "name", "names", i.name());
                localised(in, "description", "descriptions", i.description());
                in.putArray("links").addObject().put("rel", "self").put("urn", scheme.itemUrn(i.id()));
            }
        } else if (a instanceof Dataflow df) {
            n.put("structure", ArtefactType.DATA_STRUCTURE.urn(df.structure()));
        } else if (a instanceof Categorisation c) {
            n.put("source", c.source().urn()).put("target", c.targetUrn());
        } else if (a instanceof DataStructure dsd) {
            n.set("dataStructureComponents", dataStructureComponents(dsd));
        } else if (a instanceof ContentConstraint c) {
            constraint(n, c);
        } else if (a instanceof io.archivo.sdmx.model.ProvisionAgreement pa) {
            provision(n, pa);
        }
        return n;
    }

    static void localised(ObjectNode node, String single, String plural, LocalisedText text) {
        if (text.isEmpty()) {
            return;
        }
        node.put(single, text.preferred("es"));
        ObjectNode all = node.putObject(plural);
        text.values().forEach(all::put);
    }

    private static void writeTree(ObjectNode root, OutputStream out) {
        try {
            MAPPER.writeValue(new NonClosingOutputStream(out), root);
        } catch (IOException e) {
            throw new SdmxWriteException(e);
        }
    }

    /** Jackson closes the target by default; the caller owns the stream. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
