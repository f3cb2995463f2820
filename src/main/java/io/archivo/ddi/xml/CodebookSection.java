package io.archivo.ddi.xml;

import org.xml.sax.Attributes;

/**
 * Maps one top-level section of a codebook ({@code docDscr}, {@code stdyDscr}, {@code fileDscr},
 * {@code dataDscr}) as its SAX events go by. Paths are relative to the section element ({@code ""} is the
 * section element itself) and made of local names only, so one mapper serves DDI 1.2.2 to 2.5.
 */
public interface CodebookSection {

    /** An element starts; answer whether its text should be collected for {@link #end}. */
    boolean start(String path, Attributes attributes);

    /** An element ends; {@code element} holds its text when {@link #start} asked for it, else is null. */
    void end(String path, CapturedElement element);
}
