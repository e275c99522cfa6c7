package ru.gospages.publish.summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Summary} as {@code summary.json}: UTF-8, two-space indentation, {@code "name": value}
 * as in SPEC 8, LF line ends whatever the platform, so the same run gives the same bytes; and reads
 * one back (the summary a past run keeps in the job repository).
 */
public final class SummaryJson {

    private final ObjectWriter writer;
    private final ObjectReader reader;

    public SummaryJson() {
        JsonMapper mapper = JsonMapper.builder()
                // Jackson 3 sorts properties alphabetically by default; SPEC 8 fixes the order
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        this.writer = mapper.writer().with(printer);
        this.reader = mapper.readerFor(Summary.class);
    }

    /** The JSON text, ending with a line break. */
    public String toJson(Summary summary) {
        return writer.writeValueAsString(summary) + "\n";
    }

    /** Writes {@code file} (created or replaced) in UTF-8. */
    public void write(Summary summary, Path file) throws IOException {
        Files.writeString(file, toJson(summary), StandardCharsets.UTF_8);
    }

    /** The summary a {@link #toJson} text holds. */
    public Summary read(String json) {
        return reader.readValue(json);
    }
}
