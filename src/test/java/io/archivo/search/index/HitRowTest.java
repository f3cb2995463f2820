package io.archivo.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A row gives back what was put in: first values, repeated values in order, numbers, nothing for blanks. */
class HitRowTest {

    @Test
    void aRowReadsBackWhatWasWritten() throws IOException {
        HitRow.Builder builder = new HitRow.Builder()
                .add(Fields.STUDY_ID, "S-1").add(Fields.VERSION, 7).add(Fields.SHOW_TITLE, "Encuesta de Movilidad – Año 2024 ñ")
                .add(Fields.SHOW_DEPARTMENT, "  ").add(Fields.YEAR_END, (Integer) null)
                .add(TextFamily.KEYWORDS.spanish(), "movilidad").add(TextFamily.KEYWORDS.spanish(), "tráfico");
        HitRow row = HitRow.read(builder.toField().binaryValue());
        assertEquals("S-1", row.get(Fields.STUDY_ID));
        assertEquals(7, row.integer(Fields.VERSION));
        assertEquals("Encuesta de Movilidad – Año 2024 ñ", row.get(Fields.SHOW_TITLE));
        assertNull(row.get(Fields.SHOW_DEPARTMENT), "blank values are left out");
        assertNull(row.integer(Fields.YEAR_END));
        assertEquals(List.of("movilidad", "tráfico"), row.values(TextFamily.KEYWORDS.spanish()));
        assertTrue(row.values(TextFamily.ABSTRACT.english()).isEmpty());

        // doc values hand out a row inside a larger buffer
        org.apache.lucene.util.BytesRef written = builder.toField().binaryValue();
        byte[] padded = new byte[written.length + 10];
        System.arraycopy(written.bytes, written.offset, padded, 7, written.length);
        HitRow shifted = HitRow.read(new org.apache.lucene.util.BytesRef(padded, 7, written.length));
        assertEquals("Encuesta de Movilidad – Año 2024 ñ", shifted.get(Fields.SHOW_TITLE));
        assertEquals(List.of("movilidad", "tráfico"), shifted.values(TextFamily.KEYWORDS.spanish()));
    }

    @Test
    void longAndNonLatinValuesReadBack() throws IOException {
        String longQuestion = "¿Cómo calificaría la situación de su barrio? ".repeat(400); // more than 16 KB: a 3-byte vInt
        String emoji = "Niños \uD83D\uDE00 y adultos — 中文";
        HitRow.Builder builder = new HitRow.Builder().add(Fields.SHOW_QUESTION, longQuestion).add(Fields.SHOW_LABEL, emoji)
                .add(Fields.SHOW_NAME, "p1");
        HitRow row = HitRow.read(builder.toField().binaryValue());
        assertEquals(longQuestion, row.get(Fields.SHOW_QUESTION));
        assertEquals(emoji, row.get(Fields.SHOW_LABEL));
        assertEquals("p1", row.get(Fields.SHOW_NAME));
    }

    @Test
    void onlySnippetFamiliesAndShownFieldsHaveCodes() {
        assertTrue(HitRow.holds(TextFamily.TITLE.other()));
        assertTrue(HitRow.holds(TextFamily.VARIABLE_CATEGORIES.spanish()));
        assertThrows(IllegalArgumentException.class, () -> new HitRow.Builder().add(TextFamily.CONTEXT.spanish(), "x"));
    }
}
