package ru.gospages.figures;

import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/** The figures of a run kept as JSON in its work folder, from the step that computes them to the one that publishes them. */
public final class FiguresFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FiguresFile() {
    }

    public static void write(Path file, Figures figures) {
        JSON.writeValue(file.toFile(), figures);
    }

    public static Figures read(Path file) {
        return JSON.readValue(file.toFile(), Figures.class);
    }
}
