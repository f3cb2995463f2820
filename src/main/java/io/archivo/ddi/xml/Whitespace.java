package io.archivo.ddi.xml;

/** XML-style whitespace normalisation of element text. */
public final class Whitespace {

    private Whitespace() {
    }

    /** Trims and collapses every run of whitespace to one space; null when nothing is left. */
    public static String collapse(CharSequence raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }
}
