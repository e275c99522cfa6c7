package ru.gospages.publish.summary;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ru.gospages.figures.Figures;

/**
 * Writes {@code summary.html}: one self-contained page in Russian for people who read it at a
 * glance — headline, chart of the share verified by municipality, tables by platform and
 * municipality, changes, files and the most frequent problems. Inline CSS and SVG only; no script,
 * font, image or link to anything outside the file. The page carries no time of writing, so the
 * same run gives the same bytes. Layout lives in {@value #TEMPLATE}, numbers in {@link SummaryView}.
 */
public final class SummaryHtml {

    static final String TEMPLATE = "templates/summary.html.mustache";

    private final Template template;
    private final List<String> requiredPlatforms;

    /** @param requiredPlatforms the names of the platforms every organisation must have a page on */
    public SummaryHtml(List<String> requiredPlatforms) {
        this.requiredPlatforms = List.copyOf(requiredPlatforms);
        try (InputStream in = SummaryHtml.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + TEMPLATE);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                // strict sections: a misspelt name in the template fails the tests instead of hiding a block;
                // an empty text counts as absent, so "{{#note}}" shows a note only when there is one
                template = Mustache.compiler().strictSections(true).emptyStringIsFalse(true).compile(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's text. */
    public String render(Summary summary, Figures figures, ReportDetails details) {
        return template.execute(SummaryView.of(summary, figures, details, requiredPlatforms));
    }

    /** Writes the page to {@code file} (created or replaced) in UTF-8. */
    public void write(Summary summary, Figures figures, ReportDetails details, Path file) throws IOException {
        Files.writeString(file, render(summary, figures, details), StandardCharsets.UTF_8);
    }
}
