package io.archivo.harvest.oai;

import io.archivo.harvest.HarvestConfig;
import io.archivo.harvest.HarvestSet;
import io.archivo.harvest.RecordQueries;
import io.archivo.harvest.RecordQueries.Content;
import io.archivo.harvest.RecordQueries.Criteria;
import io.archivo.harvest.RecordQueries.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * OAI-PMH 2.0: the six verbs over the harvest records (public studies, and deleted headers for those that stopped
 * being public). Every answer, errors included, is a complete OAI-PMH document; the resource sends it with 200.
 */
@ApplicationScoped
public class OaiService {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();
    /** Top-level sets, always listed so that ListSets is never empty. */
    private static final Map<String, String> ROOT_SETS = Map.of("department", "Dependencias", "thematicArea",
            "Áreas temáticas", "processType", "Tipos de proceso estadístico");

    private final RecordQueries records;
    private final ResumptionTokens tokens;
    private final HarvestConfig config;

    OaiService(RecordQueries records, ResumptionTokens tokens, HarvestConfig config) {
        this.records = records;
        this.tokens = tokens;
        this.config = config;
    }

    /** The complete response document for one request. */
    @Transactional(Transactional.TxType.REQUIRED)
    public byte[] handle(Map<String, List<String>> params, String baseUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        OaiArguments args = null;
        try {
            Response r = new Response(out);
            try {
                args = OaiArguments.of(params);
                byte[] body = verb(args, baseUrl);
                r.start(baseUrl, args, true);
                r.flush();
                out.write(body);
            } catch (OaiError e) {
                r.start(baseUrl, args, args != null && e.echoesArguments());
                r.error(e);
            }
            r.end();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write an OAI-PMH response", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The verb's element, written on its own so that an error found halfway leaves nothing behind. */
    private byte[] verb(OaiArguments args, String baseUrl) throws XMLStreamException, IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
        Response r = new Response(body);
        switch (args.verb()) {
            case "Identify" -> identify(r, baseUrl);
            case "ListMetadataFormats" -> listMetadataFormats(r, args);
            case "ListSets" -> listSets(r, args);
            case "GetRecord" -> getRecord(r, args);
            default -> list(r, args);
        }
        r.flush();
        return body.toByteArray();
    }

    private void identify(Response r, String baseUrl) throws XMLStreamException {
        XMLStreamWriter w = r.w;
        w.writeStartElement("Identify");
        r.text("repositoryName", config.repositoryName());
        r.text("baseURL", baseUrl);
        r.text("protocolVersion", "2.0");
        r.text("adminEmail", config.adminEmail());
        r.text("earliestDatestamp", stamp(records.earliestDatestamp()
                .orElse(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS))));
        r.text("deletedRecord", "persistent");
        r.text("granularity", "YYYY-MM-DDThh:mm:ssZ");
        w.writeEndElement();
    }

    private void listMetadataFormats(Response r, OaiArguments args) throws XMLStreamException {
        String identifier = args.get("identifier");
        if (identifier != null) {
            row(identifier, Content.NONE); // idDoesNotExist when unknown; every item has every format
        }
        r.w.writeStartElement("ListMetadataFormats");
        for (MetadataFormat f : MetadataFormat.values()) {
            r.w.writeStartElement("metadataFormat");
            r.text("metadataPrefix", f.prefix());
            r.text("schema", f.schema());
            r.text("metadataNamespace", f.namespace());
            r.w.writeEndElement();
        }
        r.w.writeEndElement();
    }

    private void listSets(Response r, OaiArguments args) throws XMLStreamException {
        if (args.get("resumptionToken") != null) {
            tokens.read(args.get("resumptionToken")); // forged or expired first
            throw new OaiError("badResumptionToken", "ListSets is never split, so it has no resumption tokens");
        }
        Map<String, String> sets = new java.util.TreeMap<>(ROOT_SETS);
        for (HarvestSet s : records.sets()) {
            sets.put(s.spec, s.name);
        }
        r.w.writeStartElement("ListSets");
        for (Map.Entry<String, String> s : sets.entrySet()) {
            r.w.writeStartElement("set");
            r.text("setSpec", s.getKey());
            r.text("setName", s.getValue());
            r.w.writeEndElement();
        }
        r.w.writeEndElement();
    }

    private void getRecord(Response r, OaiArguments args) throws XMLStreamException, IOException {
        MetadataFormat format = format(args.get("metadataPrefix"));
        Row row = row(args.get("identifier"), content(format));
        r.w.writeStartElement("GetRecord");
        r.record(row, format, config.repositoryIdentifier());
        r.w.writeEndElement();
    }

    private void list(Response r, OaiArguments args) throws XMLStreamException, IOException {
        ResumptionToken state;
        boolean records = args.verb().equals("ListRecords");
        if (args.get("resumptionToken") != null) {
            state = tokens.read(args.get("resumptionToken"));
            if (state.records() != records) {
                throw new OaiError("badResumptionToken", "The resumption token belongs to another verb");
            }
        } else {
            MetadataFormat format = format(args.get("metadataPrefix"));
            Criteria c = new Criteria(args.from(), args.until(), args.get("set"));
            long bound = this.records.maxId();
            long total = this.records.count(c, bound);
            if (total == 0) {
                throw new OaiError("noRecordsMatch", "No record matches the request");
            }
            state = new ResumptionToken(records, format.prefix(), c.set(), c.from(), c.until(), bound, 0, 0, total,
                    Instant.now().plus(config.tokenLifetime()));
        }
        MetadataFormat format = format(state.prefix());
        int size = records ? config.pageSize() : config.identifiersPageSize();
        Criteria c = new Criteria(state.from(), state.until(), state.set());
        List<Row> page = this.records.page(c, state.after(), state.bound(), size + 1,
                records ? content(format) : Content.NONE);
        if (page.isEmpty()) {
            // everything left of the list stopped matching since the first page
            throw new OaiError("noRecordsMatch", "No further record matches the request");
        }
        boolean more = page.size() > size;
        List<Row> shown = more ? page.subList(0, size) : page;
        r.w.writeStartElement(args.verb());
        for (Row row : shown) {
            if (records) {
                r.record(row, format, config.repositoryIdentifier());
            } else {
                r.header(row, config.repositoryIdentifier());
            }
        }
        boolean resumed = args.get("resumptionToken") != null;
        if (more || resumed) {
            long delivered = state.cursor() + shown.size();
            long listSize = Math.max(state.completeListSize(), delivered + (more ? 1 : 0));
            r.w.writeStartElement("resumptionToken");
            r.w.writeAttribute("completeListSize", Long.toString(listSize));
            r.w.writeAttribute("cursor", Long.toString(state.cursor()));
            if (more) {
                ResumptionToken next = new ResumptionToken(records, state.prefix(), state.set(), state.from(),
                        state.until(), state.bound(), shown.get(shown.size() - 1).id(), delivered, listSize,
                        Instant.now().plus(config.tokenLifetime()));
                r.w.writeAttribute("expirationDate", stamp(OffsetDateTime.ofInstant(next.expires(), ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.SECONDS)));
                r.w.writeCharacters(tokens.issue(next));
            }
            r.w.writeEndElement();
        }
        r.w.writeEndElement();
    }

    private Row row(String identifier, Content content) {
        return OaiIdentifiers.idno(config.repositoryIdentifier(), identifier)
                .flatMap(idno -> records.byIdno(idno, content))
                .orElseThrow(() -> new OaiError("idDoesNotExist", "No item has the identifier " + identifier));
    }

    private static MetadataFormat format(String prefix) {
        return MetadataFormat.of(prefix).orElseThrow(() -> new OaiError("cannotDisseminateFormat",
                "Unknown metadata format '" + prefix + "'; ListMetadataFormats lists oai_dc, oai_ddi25 and ddi"));
    }

    private static Content content(MetadataFormat format) {
        return format.isDdi() ? Content.DDI : Content.DC;
    }

    static String stamp(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).format(UTC);
    }

    /** A writer over the response stream that can splice stored metadata in as bytes. */
    private static final class Response {
        final ByteArrayOutputStream out;
        final XMLStreamWriter w;

        Response(ByteArrayOutputStream out) throws XMLStreamException {
            this.out = out;
            this.w = OUTPUT.createXMLStreamWriter(out, "UTF-8");
        }

        void start(String baseUrl, OaiArguments args, boolean withArguments) throws XMLStreamException {
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("", "OAI-PMH", OAI);
            w.writeDefaultNamespace(OAI);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute("xsi", XSI, "schemaLocation", OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
            text("responseDate", stamp(OffsetDateTime.now(ZoneOffset.UTC)));
            w.writeStartElement("request");
            if (withArguments && args != null) {
                w.writeAttribute("verb", args.verb());
                for (Map.Entry<String, String> a : new LinkedHashMap<>(args.values()).entrySet()) {
                    w.writeAttribute(a.getKey(), a.getValue());
                }
            }
            w.writeCharacters(baseUrl);
            w.writeEndElement();
        }

        void error(OaiError e) throws XMLStreamException {
            w.writeStartElement("error");
            w.writeAttribute("code", e.code());
            w.writeCharacters(e.getMessage());
            w.writeEndElement();
        }

        void end() throws XMLStreamException {
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        }

        void flush() throws XMLStreamException {
            w.writeCharacters(""); // closes a pending start tag
            w.flush();
        }

        void text(String name, String value) throws XMLStreamException {
            w.writeStartElement(name);
            w.writeCharacters(value);
            w.writeEndElement();
        }

        void header(Row row, String repository) throws XMLStreamException {
            w.writeStartElement("header");
            if (row.deleted()) {
                w.writeAttribute("status", "deleted");
            }
            text("identifier", OaiIdentifiers.of(repository, row.idno()));
            text("datestamp", stamp(row.datestamp()));
            for (String set : row.sets()) {
                text("setSpec", set);
            }
            w.writeEndElement();
        }

        void record(Row row, MetadataFormat format, String repository) throws XMLStreamException, IOException {
            w.writeStartElement("record");
            header(row, repository);
            if (!row.deleted()) {
                w.writeStartElement("metadata");
                flush();
                out.write(format.isDdi() ? row.ddi() : row.dc().getBytes(StandardCharsets.UTF_8));
                w.writeEndElement();
            }
            w.writeEndElement();
        }
    }
}
