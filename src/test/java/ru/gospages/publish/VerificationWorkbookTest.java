package ru.gospages.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verification-<period>.xlsx read back with POI: figures, percent formats, totals row and the native chart. */
class VerificationWorkbookTest {

    private static final LocalDate AS_OF = LocalDate.of(2022, 12, 31);

    @TempDir
    Path dir;

    @Test
    void sheetHasATitleTheRussianHeadersAndOneRowPerMunicipalityThenTheTotals() throws IOException {
        try (XSSFWorkbook workbook = write()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Госметка по МО");
            assertThat(text(sheet.getRow(0), 0)).isEqualTo(
                    "Официальные страницы с госметкой по муниципальным образованиям на 31.12.2022");
            assertThat(texts(sheet.getRow(1))).startsWith("ОКТМО", "Муниципальное образование", "Страниц", "С госметкой",
                    "Доля с госметкой, %", "Страниц: ВКонтакте").endsWith("Организаций", "Выполняют требование");
            assertThat(List.of(2, 3, 4, 5)).extracting(r -> text(sheet.getRow(r), 1)).containsExactly(
                    PublicationFixtures.REGION, "город Сургут", "Берёзовский район", "Белоярский район");
            XSSFRow total = sheet.getRow(6);
            assertThat(text(total, 1)).isEqualTo("Итого");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(41);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(38);
            assertThat(workbook.getFontAt(total.getCell(2).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        }
    }

    @Test
    void sharesAreFractionsFormattedAsPercentAndEmptyWithoutPages() throws IOException {
        try (XSSFWorkbook workbook = write()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Cell region = sheet.getRow(2).getCell(4);
            assertThat(region.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(region.getNumericCellValue()).isEqualTo(0.952);
            assertThat(region.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getRow(6).getCell(4).getNumericCellValue()).isEqualTo(0.927);
            assertThat(sheet.getRow(2).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            // Beloyarsky has no pages: no share at all rather than 0 %
            assertThat(sheet.getRow(5).getCell(4)).isNull();
        }
    }

    @Test
    void aNativeBarChartShowsTheShareOfEachMunicipalityFromTheSheet() throws IOException {
        try (XSSFWorkbook workbook = write()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("Доля официальных страниц с госметкой (по округу 92,7 %)");
            XDDFBarChartData bars = (XDDFBarChartData) chart.getChartSeries().get(0);
            assertThat(bars.getBarDirection()).isEqualTo(BarDirection.BAR);
            XDDFChartData.Series series = bars.getSeries(0);
            assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("'Госметка по МО'!$B$3:$B$6");
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("'Госметка по МО'!$E$3:$E$6");
            assertThat(series.getCategoryData().getPointAt(0)).isEqualTo(PublicationFixtures.REGION);
            assertThat(series.getValuesData().getPointAt(1)).isEqualTo(0.944);
            // the regional level on top, in table order
            assertThat(chart.getAxes().get(0).getOrientation()).isEqualTo(AxisOrientation.MAX_MIN);
            assertThat(chart.getCTChart().getPlotArea().getValAxArray(0).getNumFmt().getFormatCode()).isEqualTo("0%");
            assertThat(((XDDFBarChartData.Series) series).getCTBarSer().getDLbls().getShowVal().getVal()).isTrue();
        }
    }

    @Test
    void theSameFiguresGiveTheSameBytes() throws Exception {
        new VerificationWorkbook(AS_OF).write(PublicationFixtures.figures(), dir.resolve("a.xlsx"));
        // zip entry times have a two-second resolution
        Thread.sleep(2_100);
        new VerificationWorkbook(AS_OF).write(PublicationFixtures.figures(), dir.resolve("b.xlsx"));

        assertThat(dir.resolve("a.xlsx")).hasSameBinaryContentAs(dir.resolve("b.xlsx"));
    }

    private XSSFWorkbook write() throws IOException {
        Path file = dir.resolve("verification-2022-12.xlsx");
        new VerificationWorkbook(AS_OF).write(PublicationFixtures.figures(), file);
        return XlsxFiles.open(file);
    }

    private static String text(XSSFRow row, int column) {
        return row.getCell(column).getStringCellValue();
    }

    private static List<String> texts(XSSFRow row) {
        return java.util.stream.IntStream.range(0, row.getLastCellNum()).mapToObj(i -> text(row, i)).toList();
    }
}
