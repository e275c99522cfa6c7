package ru.gospages.publish.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.publish.PublicationFixtures;

/**
 * summary.html rendered by a real browser: Debian's headless Chromium (installed by .ci/run) takes a
 * screenshot, which must exist and show the page, its accent header and the bars of its chart.
 * {@code -Dgospages.screenshot=path.png} keeps a copy to look at.
 */
class SummaryHtmlBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 2000;
    // the accent of the page's CSS (--accent: #2b6cb0): header band and chart bars
    private static final int ACCENT = 0x2B6CB0;
    // the top of the header band, which is about 90 pixels high
    private static final int HEADER = 60;

    @TempDir
    Path dir;

    @Test
    void headlessChromiumRendersThePageWithItsChartToAScreenshotThatIsNotBlank() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM),
                "Debian's chromium is not installed at /usr/bin/chromium (.ci/run installs it): summary.html not rendered");
        Path page = dir.resolve("summary.html");
        new SummaryHtml(List.of("ВКонтакте", "Одноклассники")).write(PublicationFixtures.summary(PublicationFixtures.DECEMBER),
                PublicationFixtures.figures(), PublicationFixtures.details(), page);
        Path screenshot = dir.resolve("summary.png");

        render(page, screenshot);

        assertThat(screenshot).isRegularFile();
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image).as("a PNG that ImageIO reads").isNotNull();
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        Set<Integer> colours = new HashSet<>();
        long notWhite = 0;
        long accentInHeader = 0;
        long accentBelow = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                notWhite += rgb == 0xFFFFFF ? 0 : 1;
                if (rgb == ACCENT) {
                    if (y < HEADER) {
                        accentInHeader++;
                    } else {
                        accentBelow++;
                    }
                }
            }
        }
        // text is anti-aliased into many shades; a blank or error page has a handful of colours
        assertThat(colours).as("distinct colours").hasSizeGreaterThan(50);
        assertThat(notWhite).as("pixels that are not white").isGreaterThan((long) WIDTH * HEIGHT / 20);
        assertThat(accentInHeader).as("accent pixels of the header band").isGreaterThan((long) WIDTH * HEADER / 2);
        // below it, mostly the three bars of the chart: about 17,000 pixels
        assertThat(accentBelow).as("accent pixels below the header").isGreaterThan(8_000L);
        String keep = System.getProperty("gospages.screenshot");
        if (keep != null) {
            Files.copy(screenshot, Path.of(keep), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Takes the screenshot with a fresh profile and nothing that reaches the network; at most 90 s. */
    private void render(Path page, Path screenshot) throws IOException, InterruptedException {
        Path profile = Files.createDirectory(dir.resolve("profile"));
        Path log = dir.resolve("chromium.log");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--screenshot=" + screenshot,
                "--window-size=" + WIDTH + "," + HEIGHT, page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly();
            fail("Chromium took longer than 90 s; its log:%n%s", Files.readString(log, StandardCharsets.UTF_8));
        }
        assertThat(chromium.exitValue()).as("Chromium's exit code; its log:%n%s",
                Files.readString(log, StandardCharsets.UTF_8)).isZero();
    }
}
