package ru.gospages.publish.opendata;

import java.util.Optional;
import ru.gospages.profile.JobProfile;

/**
 * The passport fields of the profile's open-data sets and their public addresses: identifier
 * {@code <publisherINN>-<code>}, files under {@code <base-url>/<identifier>/}, the publisher's
 * registry at {@code <base-url>/list.csv}.
 */
public record OpenDataPassport(JobProfile.OpenData profile) {

    /** The version of the methodical recommendations the files follow. */
    public static final String STANDARD_VERSION = "http://opendata.gosmonitor.ru/standard/3.0";

    public String identifier(String code) {
        return profile.publisherInn() + "-" + code;
    }

    /** The public address of a file of a dataset's folder. */
    public String url(String code, String fileName) {
        return baseUrl() + "/" + identifier(code) + "/" + fileName;
    }

    /** The titles of a dataset; the profile must give them, a passport without a title is no passport. */
    public JobProfile.Dataset texts(String code) {
        return Optional.ofNullable(profile.datasets().get(code)).orElseThrow(() -> new IllegalStateException(
                "в профиле нет паспорта набора открытых данных gospages.opendata.datasets." + code
                        + " (title, description, subject)"));
    }

    private String baseUrl() {
        String base = profile.baseUrl();
        // "…/opendata/" and "…/opendata" both mean the same folder
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
