package io.archivo.ddi.xml;

import java.util.Arrays;

/**
 * The local names of the open elements below some starting element, as a slash-separated path
 * ({@code citation/titlStmt/titl}). Mappers switch on it, which keeps them namespace-agnostic and version-neutral.
 */
public final class ElementPath {

    private final StringBuilder path = new StringBuilder(128);
    private int[] marks = new int[32];
    private int depth;

    public void push(String localName) {
        if (depth == marks.length) {
            marks = Arrays.copyOf(marks, depth * 2);
        }
        marks[depth++] = path.length();
        if (path.length() > 0) {
            path.append('/');
        }
        path.append(localName);
    }

    public void pop() {
        path.setLength(marks[--depth]);
    }

    public void clear() {
        path.setLength(0);
        depth = 0;
    }

    public int depth() {
        return depth;
    }

    /** Whether the innermost open element is {@code localName}. */
    public boolean endsWith(String localName) {
        int from = depth == 0 ? 0 : marks[depth - 1];
        int start = from == 0 ? 0 : from + 1;
        return path.length() - start == localName.length() && path.indexOf(localName, start) == start;
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
