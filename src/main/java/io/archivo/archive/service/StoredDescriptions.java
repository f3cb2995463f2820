package io.archivo.archive.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.archivo.archive.domain.Study;
import io.archivo.archive.domain.StudyVariableRepository;
import io.archivo.archive.domain.StudyVersion;
import io.archivo.archive.domain.StudyVersionRepository;
import io.archivo.ddi.ValidationReport;
import io.archivo.ddi.model.StudyDescription;
import io.archivo.ddi.model.Variable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What the archive read from each version, kept as JSON beside the original bytes: the study description, the
 * validation report and the variables. The one place that (de)serialises them.
 */
@ApplicationScoped
public class StoredDescriptions {

    private final ObjectMapper json;
    private final StudyVersionRepository versions;
    private final StudyVariableRepository variables;

    StoredDescriptions(ObjectMapper json, StudyVersionRepository versions, StudyVariableRepository variables) {
        this.json = json;
        this.versions = versions;
        this.variables = variables;
    }

    /** The description of the published version; the study must have one. */
    public StudyDescription published(Study study) {
        return description(versions.find(study, study.publishedVersion).orElseThrow());
    }

    public StudyDescription description(StudyVersion version) {
        return read(version.description, StudyDescription.class);
    }

    public ValidationReport validation(StudyVersion version) {
        return read(version.validation, ValidationReport.class);
    }

    /** Every variable of a version, in document order. */
    public List<Variable> variables(StudyVersion version) {
        return variables.ofVersion(version.id).list().stream().map(v -> read(v.data, Variable.class)).toList();
    }

    Variable variable(String data) {
        return read(data, Variable.class);
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " is unreadable", e);
        }
    }
}
