/**
 * SAX machinery behind {@link io.archivo.ddi.DdiReader}: one small mapper per codebook section
 * ({@code docDscr}, {@code stdyDscr}, {@code fileDscr}, {@code dataDscr}), the element path and text collection
 * they share, version detection, and the event filters that let the same parse feed the schema validator.
 * Internal to the {@code ddi} capability: other capabilities use {@code io.archivo.ddi} only. Nothing here
 * depends on {@code io.archivo.ddi}, so the packages form no cycle.
 */
package io.archivo.ddi.xml;
