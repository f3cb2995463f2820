package io.archivo.archive.service;

import io.archivo.archive.domain.StudyVariableRepository;
import io.archivo.archive.domain.StudyVersion;
import io.archivo.ddi.model.DataFile;
import io.archivo.ddi.model.StudyDescription;
import io.archivo.ddi.model.Variable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures of a version as seen by a caller from whom some variables are hidden, so that none of them tells
 * that something is hidden: positions without gaps, per-file variable counts without the hidden ones, and the
 * SHA-256 and size of the document that caller downloads (the redacted one), equal to its ETag.
 */
@ApplicationScoped
class PublicFigures {

    /** The redacted document's digest and size. */
    record Served(String sha256, long sizeBytes) {
    }

    private static final int MAX_CACHED = 256;

    private final StudyVariableRepository variables;
    private final StoredDescriptions stored;
    // redacting a large codebook takes tens of milliseconds; versions never change, so a digest stays true
    private final Map<String, Served> served = new ConcurrentHashMap<>();

    PublicFigures(StudyVariableRepository variables, StoredDescriptions stored) {
        this.variables = variables;
        this.stored = stored;
    }

    /** The hidden variables of a version, in document order (empty when nothing is hidden). */
    List<Variable> hiddenOf(StudyVersion version, Set<String> hidden) {
        if (hidden.isEmpty()) {
            return List.of();
        }
        return variables.find("versionId = ?1 and name in ?2 order by position", version.id, List.copyOf(hidden))
                .list().stream().map(v -> stored.variable(v.data)).toList();
    }

    /** A shown variable renumbered as if the hidden ones had never been there. */
    static Variable renumbered(Variable v, List<Variable> hiddenVariables) {
        long before = hiddenVariables.stream().filter(h -> h.position() < v.position()).count();
        return before == 0 ? v : new Variable(v.position() - (int) before, v.id(), v.name(), v.fileId(), v.labels(),
                v.questions(), v.intervalType(), v.formatType(), v.categories(), v.statistics());
    }

    /** The description with each file's variable count less its hidden variables. */
    static StudyDescription description(StudyDescription d, List<Variable> hiddenVariables) {
        if (d == null || hiddenVariables.isEmpty() || d.files().isEmpty()) {
            return d;
        }
        Map<String, Long> perFile = hiddenVariables.stream().filter(v -> v.fileId() != null)
                .collect(Collectors.groupingBy(Variable::fileId, Collectors.counting()));
        List<DataFile> files = d.files().stream()
                .map(f -> f.variableCount() == null || !perFile.containsKey(f.id()) ? f
                        : new DataFile(f.id(), f.name(), f.caseCount(), Math.max(0, f.variableCount() - perFile.get(f.id()))))
                .toList();
        return new StudyDescription(d.ddiVersion(), d.idno(), d.titles(), d.alternativeTitles(), d.parallelTitles(),
                d.authoringEntities(), d.producers(), d.distributors(), d.abstracts(), d.keywords(), d.topics(),
                d.timePeriods(), d.collectionDates(), d.nations(), d.geographicCoverage(), d.geographicUnits(),
                d.unitsOfAnalysis(), d.universe(), d.kindOfData(), d.collectionModes(), d.sampling(),
                d.accessConditions(), d.seriesName(), files, d.languages());
    }

    /** Digest and size of the document served with these variables hidden (the original's when none is there). */
    Served served(StudyVersion version, Set<String> hidden, int hiddenCount) {
        if (hiddenCount == 0) {
            return new Served(version.sha256, version.sizeBytes);
        }
        String key = version.id + ":" + String.join("\u0000", new TreeSet<>(hidden));
        Function<String, Served> redact = k -> {
            byte[] redacted = DdiRedaction.withoutVariables(version.content, hidden);
            return new Served(Sha256.hex(redacted), redacted.length);
        };
        if (served.size() >= MAX_CACHED) {
            served.clear();
        }
        return served.computeIfAbsent(key, redact);
    }
}
