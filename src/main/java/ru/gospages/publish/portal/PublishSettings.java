package ru.gospages.publish.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The profile block {@code gospages.publish} (SPEC 11); every option also works as
 * {@code --gospages.publish.…=}. The default target is {@code package}: it needs no settings, sends
 * nothing anywhere and gives the file a regional portal's operator loads by hand.
 */
@ConfigurationProperties("gospages.publish")
public record PublishSettings(
        @DefaultValue("package") String target,
        @DefaultValue("false") boolean afterRun,
        @Name("static") @DefaultValue StaticFolder staticFolder,
        @DefaultValue Ckan ckan) {

    /** {@code static.dir}: the folder the tree is copied into (a web root or a mounted share). */
    public record StaticFolder(@DefaultValue("") String dir) {
    }

    /**
     * The CKAN portal: its address (without {@code /api/3}), the organisation that owns the datasets,
     * the one header the site reads the token from (empty: both {@code Authorization} and
     * {@code X-CKAN-API-Key}), timeouts, and the retries of 5xx replies and network failures with
     * pauses of {@code retry-pause}, twice that, four times that…
     */
    public record Ckan(
            @DefaultValue("") String url,
            @DefaultValue("") String ownerOrg,
            @DefaultValue("") String tokenHeader,
            @DefaultValue("10s") Duration connectTimeout,
            @DefaultValue("120s") Duration readTimeout,
            @DefaultValue("3") int retries,
            @DefaultValue("2s") Duration retryPause) {
    }
}
