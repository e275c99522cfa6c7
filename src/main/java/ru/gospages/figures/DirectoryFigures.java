package ru.gospages.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory's figures of a period (SPEC 13): every obligated organisation's standing, in
 * publication order (municipality in reference order, then the directory's name), and how many
 * distinct INNs the directory did not know. Kept as JSON in the run's work folder between the step
 * that computes it and the one that publishes it.
 */
public record DirectoryFigures(List<OrganizationStanding> organizations, long unknownOrganizations) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public DirectoryFigures {
        organizations = List.copyOf(organizations);
    }

    /**
     * The counts of summary.json's {@code directory} block; {@code unknownOrganizations} only at the
     * top level (a municipality's block has the other six fields).
     */
    public record Counts(long organizations, long reported, long notReported, long compliant, BigDecimal compliantPercent,
                         long withoutPages, @JsonInclude(JsonInclude.Include.NON_NULL) Long unknownOrganizations) {
    }

    /** The block of the whole period. */
    public Counts total() {
        Counts all = counts(o -> true);
        return new Counts(all.organizations(), all.reported(), all.notReported(), all.compliant(), all.compliantPercent(),
                all.withoutPages(), unknownOrganizations);
    }

    /** The block of one municipality, by the directory's OKTMO. */
    public Counts of(String oktmo) {
        return counts(o -> o.oktmo().equals(oktmo));
    }

    /** The obligated organisations of one municipality, in publication order. */
    public List<OrganizationStanding> in(String oktmo) {
        return organizations.stream().filter(o -> o.oktmo().equals(oktmo)).toList();
    }

    private Counts counts(Predicate<OrganizationStanding> which) {
        long all = 0;
        long reported = 0;
        long compliant = 0;
        long withoutPages = 0;
        for (OrganizationStanding organization : organizations) {
            if (which.test(organization)) {
                all++;
                reported += organization.reported() ? 1 : 0;
                compliant += organization.compliant() ? 1 : 0;
                withoutPages += organization.withoutPages() ? 1 : 0;
            }
        }
        return new Counts(all, reported, all - reported, compliant, Percent.of(compliant, all), withoutPages, null);
    }

    public void write(Path file) {
        JSON.writeValue(file.toFile(), this);
    }

    public static DirectoryFigures read(Path file) {
        return JSON.readValue(file.toFile(), DirectoryFigures.class);
    }
}
