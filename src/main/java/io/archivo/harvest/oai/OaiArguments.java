package io.archivo.harvest.oai;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one OAI-PMH request, checked against the verb's rules: each at most once, no unknown ones,
 * the required ones present, {@code resumptionToken} exclusive, dates in one of the two granularities.
 */
record OaiArguments(String verb, Map<String, String> values) {

    static final Set<String> VERBS = Set.of("Identify", "ListMetadataFormats", "ListSets", "ListIdentifiers",
            "ListRecords", "GetRecord");

    /** Reads the parameters; throws badVerb / badArgument as the protocol defines them. */
    static OaiArguments of(Map<String, List<String>> params) {
        List<String> verbs = params.getOrDefault("verb", List.of());
        if (verbs.size() != 1) {
            throw new OaiError("badVerb", verbs.isEmpty() ? "The request has no verb" : "The verb is repeated");
        }
        String verb = verbs.get(0);
        if (!VERBS.contains(verb)) {
            throw new OaiError("badVerb", "Illegal OAI verb: " + verb);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (e.getKey().equals("verb")) {
                continue;
            }
            if (e.getValue().size() != 1) {
                throw OaiError.badArgument("The argument '" + e.getKey() + "' is repeated");
            }
            values.put(e.getKey(), e.getValue().get(0));
        }
        OaiArguments args = new OaiArguments(verb, values);
        args.check();
        return args;
    }

    private void check() {
        switch (verb) {
            case "Identify" -> allow(Set.of(), Set.of());
            case "ListMetadataFormats" -> allow(Set.of(), Set.of("identifier"));
            case "ListSets" -> allow(Set.of(), Set.of("resumptionToken"));
            case "GetRecord" -> allow(Set.of("identifier", "metadataPrefix"), Set.of());
            default -> {
                if (values.containsKey("resumptionToken")) {
                    allow(Set.of("resumptionToken"), Set.of());
                } else {
                    allow(Set.of("metadataPrefix"), Set.of("from", "until", "set"));
                    dates();
                }
            }
        }
    }

    private void allow(Set<String> required, Set<String> optional) {
        for (String name : values.keySet()) {
            if (!required.contains(name) && !optional.contains(name)) {
                throw OaiError.badArgument("Illegal argument for " + verb + ": " + name);
            }
        }
        for (String name : required) {
            if (!values.containsKey(name) || values.get(name).isEmpty()) {
                throw OaiError.badArgument(verb + " requires the argument " + name);
            }
        }
    }

    private void dates() {
        String from = values.get("from");
        String until = values.get("until");
        if (from != null && until != null && from.length() != until.length()) {
            throw OaiError.badArgument("from and until must have the same granularity");
        }
        OffsetDateTime f = from();
        OffsetDateTime u = until();
        if (f != null && u != null && f.isAfter(u)) {
            throw OaiError.badArgument("from is later than until");
        }
    }

    String get(String name) {
        return values.get(name);
    }

    /** Inclusive lower bound. */
    OffsetDateTime from() {
        String v = values.get("from");
        return v == null ? null : parse(v, "from", false);
    }

    /** Inclusive upper bound: a day means up to its last second. */
    OffsetDateTime until() {
        String v = values.get("until");
        return v == null ? null : parse(v, "until", true);
    }

    private static OffsetDateTime parse(String value, String name, boolean endOfDay) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(value);
                return endOfDay ? day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC).minusSeconds(1)
                        : day.atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")) {
                return OffsetDateTime.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw OaiError.badArgument("The " + name + " argument must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ: " + value);
    }
}
