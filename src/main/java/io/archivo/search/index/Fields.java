package io.archivo.search.index;

/** Names of the non-text Lucene fields. Text fields are named by {@link TextFamily}. */
public final class Fields {

    private Fields() {
    }

    /** Unique key: {@code study:<studyId>} or {@code variable:<studyId>:<variableId>}. */
    public static final String ID = "id";
    /** {@link #KIND_STUDY} or {@link #KIND_VARIABLE}. */
    public static final String KIND = "kind";
    public static final String KIND_STUDY = "study";
    public static final String KIND_VARIABLE = "variable";
    /**
     * 0 on studies, 1 on variables, as a numeric doc value: the index is sorted on it ({@link LuceneIndex}), so each
     * segment holds its studies first and its variables after them.
     */
    public static final String KIND_ORDER = "kindOrder";
    /** On studies and their variables alike, so one delete-by-term removes a study with all its variables. */
    public static final String STUDY_ID = "studyId";
    public static final String VERSION = "version";
    public static final String REVISION = "revision";

    // visibility, unanalysed; always copied from the study, also onto its variables
    public static final String PUBLISHED = "published";
    public static final String ACCESS = "access";
    public static final String DEPARTMENT = "department";

    public static final String YEAR_START = "yearStart";
    public static final String YEAR_END = "yearEnd";
    /** Folded display title (study) or label (variable), as sorted doc values. */
    public static final String TITLE_SORT = "titleSort";
    /**
     * Variables only: the key the index orders them by within their kind (their folded label or name), so that alike
     * variables of different studies are neighbours ({@code LuceneIndex}). Studies have none and keep their order.
     */
    public static final String VARIABLE_ORDER = "variableOrder";

    /** Codes ({@code CL_AREA_CALI}) of the areas a study covers ({@code geo.AreaMatcher#coverage}), unanalysed. */
    public static final String PLACE = "place";

    /** Folded words of all descriptive text, the dictionary for "did you mean". */
    public static final String SPELL = "spell";

    // what hits return, in their {@link HitRow} (no longer stored fields)
    public static final String SHOW_TITLE = "show.title";
    public static final String SHOW_DEPARTMENT = "show.department";
    public static final String SHOW_PROCESS_CODE = "show.processCode";
    public static final String SHOW_STUDY_TITLE = "show.studyTitle";
    public static final String SHOW_VARIABLE_ID = "show.variableId";
    public static final String SHOW_NAME = "show.name";
    public static final String SHOW_LABEL = "show.label";
    public static final String SHOW_QUESTION = "show.question";
    /** Titles and keywords offered by autocomplete. */
    public static final String SUGGESTION = "show.suggestion";

    public static final String TRUE = "true";
    public static final String FALSE = "false";

    public static String studyKey(String studyId) {
        return KIND_STUDY + ":" + studyId;
    }

    public static String variableKey(String studyId, String variableId) {
        return KIND_VARIABLE + ":" + studyId + ":" + variableId;
    }
}
