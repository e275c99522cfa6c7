package ru.gospages.publish;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * A native Excel bar chart (DrawingML, through POI's XDDF) of the share verified by municipality:
 * horizontal bars in table order, the regional level on top, a 0–100 % axis and the value on each
 * bar. The series refers to the sheet's cells, so Excel and LibreOffice draw it from the data.
 */
final class VerificationChart {

    static final String SERIES_TITLE = "Доля страниц с госметкой";
    // the accent colour of summary.html, so both reports look alike
    private static final byte[] BAR_COLOUR = {(byte) 0x2B, (byte) 0x6C, (byte) 0xB0};

    private VerificationChart() {
    }

    /**
     * Draws the chart below the table, from row {@code top} down: categories are the names in column
     * {@code nameColumn}, values the shares (fractions) in {@code shareColumn}, rows {@code first}–{@code last}.
     */
    static XSSFChart draw(XSSFSheet sheet, String title, int first, int last, int nameColumn, int shareColumn, int top) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int bars = last - first + 1;
        // about 1.5 rows (22 pt) per bar plus the title and axis: each name stays legible
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, 9, top + 5 + bars * 3 / 2);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);

        XDDFCategoryAxis names = chart.createCategoryAxis(AxisPosition.LEFT);
        // bar charts plot the first category at the bottom; reversed, the table's order reads top-down
        names.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis shares = chart.createValueAxis(AxisPosition.BOTTOM);
        // with the categories reversed, crossing at the last one keeps the value axis at the bottom
        shares.setCrosses(AxisCrosses.MAX);
        shares.setCrossBetween(AxisCrossBetween.BETWEEN);
        shares.setMinimum(0);
        shares.setMaximum(1);
        shares.setMajorUnit(0.2);
        shares.setNumberFormat("0%");

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, names, shares);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.setGapWidth(50);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, nameColumn, nameColumn)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, shareColumn, shareColumn)));
        series.setTitle(SERIES_TITLE, null);
        XDDFShapeProperties bar = new XDDFShapeProperties();
        bar.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOUR)));
        series.setShapeProperties(bar);
        chart.plot(data);
        // the axis reads 0 %, 20 %, …: its own format, not the cells' one decimal
        chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().setSourceLinked(false);
        showValues(series);
        return chart;
    }

    /** The share written at the end of each bar, as in the table. */
    private static void showValues(XDDFBarChartData.Series series) {
        CTDLbls labels = series.getCTBarSer().isSetDLbls() ? series.getCTBarSer().getDLbls() : series.getCTBarSer().addNewDLbls();
        labels.addNewNumFmt().setFormatCode("0.0%");
        labels.getNumFmt().setSourceLinked(false);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }
}
