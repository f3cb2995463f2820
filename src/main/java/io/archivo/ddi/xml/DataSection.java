package io.archivo.ddi.xml;

import io.archivo.ddi.model.Category;
import io.archivo.ddi.model.Text;
import io.archivo.ddi.model.Variable;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.xml.sax.Attributes;

/**
 * {@code dataDscr}: builds one {@link Variable} per {@code var} and hands it to the sink as soon as the element
 * ends, so only the variable being read is ever in memory. Variable groups and cubes are not mapped.
 */
public final class DataSection implements CodebookSection {

    private static final String VAR = "var";
    private static final String IN_VAR = "var/";
    private static final String CATEGORY = "catgry";

    private final Consumer<Variable> sink;
    private int count;
    private VariableDraft draft;

    public DataSection(Consumer<Variable> sink) {
        this.sink = sink;
    }

    @Override
    public boolean start(String path, Attributes attributes) {
        if (VAR.equals(path)) {
            draft = new VariableDraft(count, attributes);
            return false;
        }
        if (draft == null || !path.startsWith(IN_VAR)) {
            return false;
        }
        String sub = path.substring(IN_VAR.length());
        switch (sub) {
            case "labl", "qstn/qstnLit", "sumStat" -> {
                return true;
            }
            case "qstn" -> {
                draft.questionLiteralSeen = false;
                return true;
            }
            case "varFormat" -> {
                draft.formatType = Attributes2.value(attributes, "type");
                return false;
            }
            default -> {
                if (isCategory(sub)) {
                    draft.categories.push(new CategoryDraft("Y".equalsIgnoreCase(Attributes2.value(attributes, "missing"))));
                    return false;
                }
                return categoryChild(sub) != null;
            }
        }
    }

    @Override
    public void end(String path, CapturedElement element) {
        if (VAR.equals(path)) {
            if (draft != null) {
                sink.accept(draft.toVariable());
                count++;
                draft = null;
            }
            return;
        }
        if (draft == null || !path.startsWith(IN_VAR)) {
            return;
        }
        String sub = path.substring(IN_VAR.length());
        switch (sub) {
            case "labl" -> add(draft.labels, element.toText());
            case "qstn/qstnLit" -> {
                draft.questionLiteralSeen = true;
                add(draft.questions, element.toText());
            }
            case "qstn" -> {
                // DDI 1.2.2 may put the question text directly in qstn; a qstnLit inside says it more precisely
                if (!draft.questionLiteralSeen) {
                    add(draft.questions, element.toText());
                }
            }
            case "sumStat" -> draft.addStatistic(element);
            default -> {
                if (isCategory(sub)) {
                    CategoryDraft category = draft.categories.pop();
                    draft.finished.add(category.toCategory());
                } else if (element != null && !draft.categories.isEmpty() && categoryChild(sub) != null) {
                    draft.categories.peek().take(categoryChild(sub), element);
                }
            }
        }
    }

    /** How many variables were handed to the sink. */
    public int count() {
        return count;
    }

    private static boolean isCategory(String sub) {
        return sub.equals(CATEGORY) || sub.startsWith(CATEGORY + "/") && sub.endsWith("/" + CATEGORY);
    }

    /** For {@code catgry/labl} (or a nested {@code catgry/catgry/labl}) the child name, else null. */
    private static String categoryChild(String sub) {
        if (!sub.startsWith(CATEGORY + "/")) {
            return null;
        }
        String child = sub.substring(sub.lastIndexOf('/') + 1);
        String parent = sub.substring(0, sub.lastIndexOf('/'));
        boolean direct = parent.equals(CATEGORY) || parent.endsWith("/" + CATEGORY);
        return direct && (child.equals("catValu") || child.equals("labl") || child.equals("catStat")) ? child : null;
    }

    private static void add(List<Text> target, Text text) {
        if (text != null) {
            target.add(text);
        }
    }

    /** The variable being read. */
    private static final class VariableDraft {
        final int position;
        final String id;
        final String name;
        final String fileId;
        final String intervalType;
        String formatType;
        boolean questionLiteralSeen;
        final List<Text> labels = new ArrayList<>();
        final List<Text> questions = new ArrayList<>();
        final Deque<CategoryDraft> categories = new ArrayDeque<>();
        final List<Category> finished = new ArrayList<>();
        final Map<String, String> statistics = new LinkedHashMap<>();

        VariableDraft(int position, Attributes attributes) {
            this.position = position;
            this.id = Attributes2.value(attributes, "ID");
            this.name = Attributes2.value(attributes, "name");
            String files = Attributes2.value(attributes, "files");
            // files is an IDREFS list; a variable normally lives in one file
            this.fileId = files == null ? null : files.split("\\s+")[0];
            this.intervalType = Attributes2.value(attributes, "intrvl");
        }

        /** {@code sumStat type="mean"}; a weighted one is kept apart as {@code mean_wgtd}; the first one wins. */
        void addStatistic(CapturedElement element) {
            String type = element.attribute("type");
            if ("other".equals(type) && element.attribute("otherType") != null) {
                type = element.attribute("otherType");
            }
            String value = element.text();
            if (type == null || value == null) {
                return;
            }
            if ("wgtd".equals(element.attribute("wgtd"))) {
                type = type + "_wgtd";
            }
            statistics.putIfAbsent(type, value);
        }

        Variable toVariable() {
            return new Variable(position, id, name, fileId, labels, questions, intervalType, formatType, finished,
                    statistics);
        }
    }

    /** The category being read. */
    private static final class CategoryDraft {
        final boolean missing;
        String value;
        final List<Text> labels = new ArrayList<>();
        Long frequency;

        CategoryDraft(boolean missing) {
            this.missing = missing;
        }

        void take(String child, CapturedElement element) {
            switch (child) {
                case "catValu" -> value = value != null ? value : element.text();
                case "labl" -> add(labels, element.toText());
                case "catStat" -> {
                    // only the unweighted frequency counts; weighted ones are estimates of another kind
                    if ("freq".equals(element.attribute("type")) && !"wgtd".equals(element.attribute("wgtd"))
                            && frequency == null) {
                        frequency = wholeNumber(element.text());
                    }
                }
                default -> {
                }
            }
        }

        Category toCategory() {
            return new Category(value, labels, frequency, missing);
        }

        private static Long wholeNumber(String text) {
            Long count = Numbers.parseCount(text);
            if (count != null || text == null) {
                return count;
            }
            try {
                return new BigDecimal(text.trim()).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                return null;
            }
        }
    }
}
