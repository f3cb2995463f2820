package io.archivo.sdmx.data.load;

import io.archivo.sdmx.data.DataflowStructure;
import io.archivo.sdmx.mapping.Designation;
import io.archivo.sdmx.mapping.SdmxIds;
import io.archivo.sdmx.model.Measure;
import io.archivo.sdmx.model.TimeDimension;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a plain table named as the study's variables, mapped to the DSD's components through the
 * process's designation ({@code PUT /processes/{code}/sdmx}): each designated dimension or attribute variable to
 * the component its concept became, the designated time variable (the one dimension variable the DSD has no
 * dimension for) to {@code TIME_PERIOD}, the measure variable to {@code OBS_VALUE}. Names are compared without
 * accents and case, so {@code Año} and {@code ANO} name the same column.
 */
public final class DesignatedColumns {

    private DesignatedColumns() {
    }

    /** Folded column name → component id; empty when the DSD does not follow the designation. */
    static Map<String, String> of(Designation d, DataflowStructure s) {
        Map<String, String> out = new HashMap<>();
        String time = null;
        for (String v : d.dimensionVariables()) {
            String id = SdmxIds.conceptId(v);
            if (s.dimensionIndex(id) >= 0) {
                out.put(key(v), id);
            } else if (time == null) {
                time = v;
            }
        }
        if (out.isEmpty()) {
            return Map.of(); // the DSD is not the designation's (e.g. DSD_GENERIC): nothing to map
        }
        if (time != null) {
            out.put(key(time), TimeDimension.ID);
        }
        if (d.measureVariable() != null) {
            out.put(key(d.measureVariable()), Measure.ID);
        }
        for (String v : d.attributeVariables()) {
            String id = SdmxIds.conceptId(v);
            if (s.attribute(id).isPresent()) {
                out.put(key(v), id);
            }
        }
        return out;
    }

    /** Whether the DSD follows the designation (it has a dimension of a designated variable). */
    public static boolean governs(Designation d, DataflowStructure s) {
        return !of(d, s).isEmpty();
    }

    static String key(String columnName) {
        return SdmxIds.fold(columnName.strip()).toLowerCase(Locale.ROOT);
    }
}
