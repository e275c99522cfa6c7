package ru.gospages.web;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The web application's limits and folders ({@code gospages.web.*} in the job profile). Spring's
 * multipart limits are set from the same properties in {@code application.properties}, so the page
 * states exactly what the server enforces.
 *
 * @param staging where uploads are kept while they are checked: outside {@code input/}, so nothing
 *                unchecked is ever read by a run
 */
@ConfigurationProperties("gospages.web")
public record WebLimits(
        @DefaultValue("50MB") DataSize maxFileSize,
        @DefaultValue("200MB") DataSize maxRequestSize,
        @DefaultValue("100") int maxFiles,
        @DefaultValue("data/uploads") Path staging,
        @DefaultValue("input") Path input,
        @DefaultValue("output") Path output) {

    /** Megabytes for people: «50 МБ». */
    public static String megabytes(DataSize size) {
        return size.toMegabytes() + " МБ";
    }
}
