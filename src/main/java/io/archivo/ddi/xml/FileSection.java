package io.archivo.ddi.xml;

import io.archivo.ddi.model.DataFile;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;

/** {@code fileDscr}: one {@link DataFile} per section, with its case and variable counts when declared. */
public final class FileSection implements CodebookSection {

    private final List<DataFile> files = new ArrayList<>();
    private String id;
    private String name;
    private Long cases;
    private Long variables;

    @Override
    public boolean start(String path, Attributes attributes) {
        switch (path) {
            case "" -> {
                id = Attributes2.value(attributes, "ID");
                name = null;
                cases = null;
                variables = null;
                return false;
            }
            case "fileTxt" -> {
                if (id == null) {
                    id = Attributes2.value(attributes, "ID"); // some exporters put the ID on fileTxt only
                }
                return false;
            }
            case "fileTxt/fileName", "fileTxt/dimensns/caseQnty", "fileTxt/dimensns/varQnty" -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    @Override
    public void end(String path, CapturedElement element) {
        switch (path) {
            case "" -> files.add(new DataFile(id, name, cases, variables));
            case "fileTxt/fileName" -> name = name != null ? name : element.text();
            case "fileTxt/dimensns/caseQnty" -> cases = Numbers.parseCount(element.text());
            case "fileTxt/dimensns/varQnty" -> variables = Numbers.parseCount(element.text());
            default -> {
            }
        }
    }

    public List<DataFile> files() {
        return files;
    }
}
