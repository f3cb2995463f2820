package io.archivo.web;

import java.util.List;

/**
 * A horizontal bar chart as inline SVG, rendered on the server so that it needs no script and no chart library.
 * The chart is an image named by its title; the page always puts the same figures in a table beside it.
 */
public final class SvgBars {

    /** One bar; {@code mark} draws a second value (e.g. a target) as a tick. */
    public record Bar(String label, double value, Double mark) {
    }

    private static final int WIDTH = 560;
    private static final int LABEL = 210;
    private static final int ROW = 26;

    private SvgBars() {
    }

    public static String render(String id, String title, List<Bar> bars) {
        double max = 1;
        for (Bar b : bars) {
            max = Math.max(max, Math.max(b.value(), b.mark() == null ? 0 : b.mark()));
        }
        int height = bars.size() * ROW + 8;
        double scale = (WIDTH - LABEL - 50) / max;
        StringBuilder svg = new StringBuilder(256 + bars.size() * 300);
        svg.append("<svg class=\"chart\" role=\"img\" aria-labelledby=\"").append(id).append("-t\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">")
                .append("<title id=\"").append(id).append("-t\">").append(esc(title)).append("</title>");
        int y = 4;
        for (Bar b : bars) {
            double w = b.value() * scale;
            svg.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\">").append(esc(shorten(b.label()))).append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(fmt(Math.max(w, 1))).append("\" height=\"18\" class=\"bar\"/>")
                    .append("<text x=\"").append(fmt(LABEL + w + 4)).append("\" y=\"").append(y + 17).append("\">")
                    .append(fmt(b.value())).append("</text>");
            if (b.mark() != null) {
                double x = LABEL + b.mark() * scale;
                svg.append("<rect x=\"").append(fmt(x - 1.5)).append("\" y=\"").append(y).append("\" width=\"3\" height=\"26\" class=\"mark\"/>");
            }
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String s) {
        return s.length() <= 32 ? s : s.substring(0, 31) + "…";
    }

    /** A whole number as is, anything else with one decimal (half up); String.format was a tenth of the plan's CPU. */
    static String fmt(double d) {
        if (d == Math.rint(d)) {
            return Long.toString((long) d);
        }
        long tenths = Math.round(Math.abs(d) * 10);
        return (d < 0 ? "-" : "") + tenths / 10 + "." + tenths % 10;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
