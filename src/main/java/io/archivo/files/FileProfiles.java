package io.archivo.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.archivo.common.problem.ProblemException;
import io.archivo.files.domain.StudyFile;
import io.archivo.files.storage.FileStorage;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;

/** Tabular profiles of uploads and their reusable conversions (CSV), cached in the store. */
@ApplicationScoped
public class FileProfiles {

    private final FileStorage storage;
    private final ObjectMapper json;

    FileProfiles(FileStorage storage, ObjectMapper json) {
        this.storage = storage;
        this.json = json;
    }

    public static boolean isTabular(String mediaType) {
        return ContentSniffer.CSV.equals(mediaType) || ContentSniffer.XLSX.equals(mediaType);
    }

    /** The profile of a staged tabular file. Not built yet (issue 12: tabular profiling): always null, so views carry no profile. */
    JsonNode profile(Path staged, String mediaType, StudyFacts.Facts study) {
        return null;
    }

    FileService.Content converted(StudyFile f, String format) {
        throw new ProblemException(406, "format-unavailable", "Format not available",
                "No '" + format + "' conversion of file " + f.id + " (" + f.mediaType + ")");
    }
}
