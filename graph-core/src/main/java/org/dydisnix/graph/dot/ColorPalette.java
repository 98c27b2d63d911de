package org.dydisnix.graph.dot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deterministic map from colour indices to distinct, light fill colours as {@code #rrggbb}.
 *
 * <p>Indices 0 to 11 use a fixed list of pastel colours; larger indices get generated colours whose
 * hue advances by the golden ratio (so neighbouring indices differ clearly) at low saturation and
 * high brightness, keeping black text readable.
 */
public final class ColorPalette {
    private static final List<String> PASTELS =
            List.of(
                    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69",
                    "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f");

    private static final ColorPalette DEFAULT = new ColorPalette();

    private static final double GOLDEN_RATIO_CONJUGATE = 0.6180339887498949;

    private ColorPalette() {}

    /**
     * Returns the default palette.
     *
     * @return the palette
     */
    public static ColorPalette pastel() {
        return DEFAULT;
    }

    /**
     * Returns the number of fixed colours before generated ones begin.
     *
     * @return the fixed colour count
     */
    public int fixedSize() {
        return PASTELS.size();
    }

    /**
     * Returns the fill colour of a colour index.
     *
     * @param index a non-negative colour index
     * @return a colour as {@code #rrggbb}
     */
    public String color(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("colour index must be non-negative: " + index);
        }
        if (index < PASTELS.size()) {
            return PASTELS.get(index);
        }
        int k = index - PASTELS.size();
        double hue = (0.11 + k * GOLDEN_RATIO_CONJUGATE) % 1.0;
        double saturation = 0.25 + 0.12 * (k % 3);
        double value = 0.97 - 0.05 * ((k / 3) % 2);
        return hsvToHex(hue, saturation, value);
    }

    /**
     * Returns the first colours of the palette.
     *
     * @param count how many colours
     * @return an unmodifiable list of {@code #rrggbb} strings
     */
    public List<String> colors(int count) {
        List<String> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(color(i));
        }
        return List.copyOf(list);
    }

    private static String hsvToHex(double h, double s, double v) {
        double sector = h * 6.0;
        int i = (int) Math.floor(sector) % 6;
        double f = sector - Math.floor(sector);
        double p = v * (1 - s);
        double q = v * (1 - f * s);
        double t = v * (1 - (1 - f) * s);
        double r;
        double g;
        double b;
        switch (i) {
            case 0 -> {
                r = v;
                g = t;
                b = p;
            }
            case 1 -> {
                r = q;
                g = v;
                b = p;
            }
            case 2 -> {
                r = p;
                g = v;
                b = t;
            }
            case 3 -> {
                r = p;
                g = q;
                b = v;
            }
            case 4 -> {
                r = t;
                g = p;
                b = v;
            }
            default -> {
                r = v;
                g = p;
                b = q;
            }
        }
        return String.format(
                Locale.ROOT,
                "#%02x%02x%02x",
                Math.round(r * 255),
                Math.round(g * 255),
                Math.round(b * 255));
    }
}
