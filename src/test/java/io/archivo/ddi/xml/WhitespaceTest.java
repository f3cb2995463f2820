package io.archivo.ddi.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void trimsAndCollapsesIndentedText() {
        assertEquals("Gran Encuesta Integrada de Hogares", Whitespace.collapse(
                "\n          Gran Encuesta\n\t Integrada   de Hogares\n        "));
        assertEquals("6.3 studyNumber", Whitespace.collapse("6.3\tstudyNumber"));
    }

    @Test
    void blankIsNull() {
        assertNull(Whitespace.collapse("  \n\t "));
        assertNull(Whitespace.collapse(""));
        assertNull(Whitespace.collapse(null));
    }
}
