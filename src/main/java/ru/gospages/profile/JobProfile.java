package ru.gospages.profile;

import ru.gospages.problems.Messages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import ru.gospages.problems.ProblemCode;
import ru.gospages.problems.Severity;

/**
 * The job profile ({@code jobs/official-pages.yml}): everything a data officer may change without
 * recompiling — platforms, column headers, vocabularies, severities, carry-over, limits, passport.
 */
@ConfigurationProperties("gospages")
@Validated
public record JobProfile(
        @Min(0) @DefaultValue("3") int carryOverMonths,
        @Valid @DefaultValue Schedule schedule,
        @Valid @DefaultValue Limits limits,
        @NotEmpty(message = "в профиле не задана ни одна площадка (gospages.platforms)") @Valid List<Platform> platforms,
        @NotEmpty(message = "в профиле не заданы заголовки столбцов (gospages.columns)") Map<ColumnKey, @Valid Column> columns,
        @NotNull(message = "в профиле не задан словарь да/нет (gospages.yes-no)") @Valid YesNo yesNo,
        @DefaultValue List<String> urlPlaceholders,
        @NotEmpty(message = "в профиле не заданы типы организаций (gospages.org-types)") List<@Valid OrgType> orgTypes,
        @DefaultValue Map<ProblemCode, Severity> severities,
        @Valid OpenData opendata) {

    public JobProfile {
        platforms = List.copyOf(platforms);
        columns = new EnumMap<>(columns);
        for (ColumnKey key : ColumnKey.values()) {
            if (!columns.containsKey(key)) {
                throw new IllegalArgumentException(Messages.text("profile.columns.missing", key.propertyName()));
            }
        }
        columns = Map.copyOf(columns);
        severities = severities.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(severities));
        urlPlaceholders = List.copyOf(urlPlaceholders);
        orgTypes = List.copyOf(orgTypes);
        if (platforms.stream().map(Platform::code).distinct().count() != platforms.size()) {
            throw new IllegalArgumentException(Messages.text("profile.platforms.twice"));
        }
    }

    /** The severity of a code: the profile's override, else the code's default. */
    public Severity severity(ProblemCode code) {
        return severities.getOrDefault(code, code.defaultSeverity());
    }

    public Optional<Platform> platform(String code) {
        return platforms.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** Platforms an organisation must have a page on to be compliant. */
    public List<Platform> requiredPlatforms() {
        return platforms.stream().filter(Platform::required).toList();
    }

    public record Schedule(@DefaultValue("0 0 6 1 * *") String cron) {
    }

    /** Input limits; a file over any of them is rejected with F-TOO-LARGE. */
    public record Limits(
            @Min(1) @DefaultValue("209715200") long maxFileBytes,
            @Min(1) @DefaultValue("2000000") int maxRowsPerSheet,
            @Min(1) @DefaultValue("30") int headerSearchRows,
            @DefaultValue("0.01") double minInflateRatio) {
    }

    /** One column: its canonical Russian header and the synonyms agencies write instead. */
    public record Column(@NotEmpty String header, @DefaultValue List<String> synonyms) {
        public Column {
            synonyms = List.copyOf(synonyms);
        }
    }

    /** The vocabulary of the verification column. */
    public record YesNo(@NotEmpty List<String> positive, @NotEmpty List<String> negative) {
        public YesNo {
            positive = List.copyOf(positive);
            negative = List.copyOf(negative);
        }
    }

    /** An organisation type and the words agencies use for it. */
    public record OrgType(@NotEmpty String name, @DefaultValue List<String> synonyms) {
        public OrgType {
            synonyms = List.copyOf(synonyms);
        }
    }

    /** Passport fields of the open-data sets. */
    public record OpenData(
            @DefaultValue("0000000000") String publisherInn,
            @DefaultValue("http://localhost/opendata") String baseUrl,
            @DefaultValue("") String creator,
            @DefaultValue("") String publisherName,
            @DefaultValue("") String publisherPhone,
            @DefaultValue("") String publisherMbox,
            @DefaultValue Map<String, Dataset> datasets) {
    }

    public record Dataset(String title, String description, String subject) {
    }
}
