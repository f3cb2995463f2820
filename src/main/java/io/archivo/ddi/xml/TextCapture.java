package io.archivo.ddi.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;

/**
 * The elements whose text is being collected, innermost last. Character data goes to all of them, so a
 * {@code qstn} and the {@code qstnLit} inside it can both be read. Between block-level children a space is
 * added, so {@code <p>uno</p><p>dos</p>} reads "uno dos" while {@code <b>Ca</b>li} still reads "Cali".
 */
public final class TextCapture {

    /** XHTML and DDI 1.x/2.0 inline formatting, which must not split words. */
    private static final Set<String> INLINE = Set.of("b", "i", "em", "strong", "span", "a", "sub", "sup", "u",
            "code", "abbr", "acronym", "cite", "q", "small", "big", "tt", "font", "emph", "hi", "Link", "ExtLink");

    private final List<CapturedElement> open = new ArrayList<>(4);

    /** Starts collecting for the element at {@code depth} when {@code wanted}; returns {@code wanted}. */
    public boolean start(boolean wanted, int depth, Attributes attributes, String lang) {
        if (wanted) {
            open.add(new CapturedElement(depth, attributes, lang));
        }
        return wanted;
    }

    /** The element at {@code depth} ends: its capture, or null when its text was not wanted. */
    public CapturedElement end(int depth) {
        int last = open.size() - 1;
        if (last >= 0 && open.get(last).depth() == depth) {
            return open.remove(last);
        }
        return null;
    }

    public void characters(char[] ch, int start, int length) {
        for (int i = 0; i < open.size(); i++) {
            open.get(i).append(ch, start, length);
        }
    }

    /** An element starts or ends inside captured text. */
    public void elementBoundary(String localName) {
        if (!open.isEmpty() && !INLINE.contains(localName)) {
            for (int i = 0; i < open.size(); i++) {
                open.get(i).separate();
            }
        }
    }
}
