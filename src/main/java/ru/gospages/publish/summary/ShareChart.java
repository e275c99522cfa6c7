package ru.gospages.publish.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.gospages.figures.Count;
import ru.gospages.figures.MunicipalityFigures;
import ru.gospages.problems.Messages;

/**
 * The geometry of summary.html's bar chart of the share verified by municipality, for the template
 * to draw as inline SVG: one bar per municipality in reference order on a 0–100 % scale, the share
 * and the counts after each bar, and the regional share as a dashed line.
 */
record ShareChart(int width, int height, int nameEnd, int barStart, List<Bar> bars, List<Tick> ticks,
                  List<Average> average) {

    static final int WIDTH = 1000;
    private static final int NAME_END = 330;
    private static final int BAR_START = 340;
    private static final int BAR_FULL = 500;
    private static final int TOP = 30;
    private static final int ROW = 26;
    private static final int BAR_HEIGHT = 16;

    /** One municipality: its name, its bar (none without pages) and the label after it. */
    record Bar(String name, String label, boolean hasShare, int textY, int barY, String barWidth, String labelX) {
    }

    /** A grid line of the scale and its label above the chart. */
    record Tick(String x, String label) {
    }

    /** The regional share as a line across all bars, labelled below them. */
    record Average(String x, String label, int bottom, int labelY) {
    }

    static ShareChart of(List<MunicipalityFigures> municipalities, Count total) {
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (MunicipalityFigures municipality : municipalities) {
            bars.add(bar(municipality, y));
            y += ROW;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int percent = 0; percent <= 100; percent += 25) {
            ticks.add(new Tick(x(BigDecimal.valueOf(percent)), percent + "\u00A0%"));
        }
        List<Average> average = total.verifiedPercent() == null ? List.of()
                : List.of(new Average(x(total.verifiedPercent()),
                        Messages.text("summary.chart.average", RussianText.percent(total.verifiedPercent())), y + 4, y + 20));
        return new ShareChart(WIDTH, y + 28, NAME_END, BAR_START, bars, ticks, average);
    }

    private static Bar bar(MunicipalityFigures municipality, int y) {
        Count count = municipality.count();
        BigDecimal share = count.verifiedPercent();
        int textY = y + ROW / 2 + 5;
        int barY = y + (ROW - BAR_HEIGHT) / 2;
        if (share == null) {
            return new Bar(municipality.name(), Messages.text("summary.chart.noPages"), false, textY, barY, "0", decimal(BAR_START + 6));
        }
        String label = Messages.text("summary.chart.bar", RussianText.percent(share), RussianText.number(count.verified()),
                RussianText.number(count.pages()));
        double width = BAR_FULL * share.doubleValue() / 100;
        return new Bar(municipality.name(), label, true, textY, barY, decimal(width), decimal(BAR_START + width + 6));
    }

    private static String x(BigDecimal percent) {
        return decimal(BAR_START + BAR_FULL * percent.doubleValue() / 100);
    }

    /** SVG numbers take a decimal point whatever the machine's locale. */
    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
