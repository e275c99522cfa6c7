package ru.gospages.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import ru.gospages.intake.SubmittedRow.Cell;
import ru.gospages.intake.SubmittedRow.PageCells;
import ru.gospages.intake.SubmittedRow;
import ru.gospages.problems.Messages;
import ru.gospages.problems.ProblemCode;
import ru.gospages.profile.ColumnKey;
import ru.gospages.profile.JobProfile;
import ru.gospages.profile.Platform;

/**
 * Checks one submitted row against every rule of SPEC 4.4 and 5 and turns it into page rows.
 * Every rule is evaluated, so a row can have several problems. A problem in a shared cell (the
 * organisation, INN, municipality, …) rejects every page row of the row; a problem in a page's own
 * cells (URL, verification, followers) rejects that page only. A page without a usable page key,
 * INN or municipality is rejected whatever severity the profile gives its code.
 */
public final class RowValidator {

    private final JobProfile profile;
    private final Municipalities municipalities;
    private final PageKeys pageKeys;
    private final PageAliases aliases;
    private final YesNo yesNo;
    private final OrgTypes orgTypes;
    private final OrganizationDirectory directory;

    public RowValidator(JobProfile profile, Municipalities municipalities, PageKeys pageKeys, PageAliases aliases) {
        this(profile, municipalities, pageKeys, aliases, OrganizationDirectory.NONE);
    }

    /** With an organisation directory, rows are resolved against it first (SPEC 13); {@link OrganizationDirectory#NONE} for none. */
    public RowValidator(JobProfile profile, Municipalities municipalities, PageKeys pageKeys, PageAliases aliases,
                        OrganizationDirectory directory) {
        this.directory = directory;
        this.profile = profile;
        this.municipalities = municipalities;
        this.pageKeys = pageKeys;
        this.aliases = aliases;
        this.yesNo = new YesNo(profile.yesNo());
        this.orgTypes = new OrgTypes(profile.orgTypes());
    }

    public CheckedRow check(SubmittedRow row) {
        Findings findings = new Findings(row.place(), profile);
        Organisation organisation = organisation(row, findings);
        Optional<Platform> rowPlatform = rowPlatform(row.cell(ColumnKey.PLATFORM), organisation, findings);

        List<PageCells> listed = new ArrayList<>(row.pages().size());
        List<PageLink> links = new ArrayList<>(row.pages().size());
        for (PageCells page : row.pages()) {
            PageLink link = pageKeys.parse(page.url().text(), page.platform().or(() -> rowPlatform));
            if (!(link instanceof PageLink.Blank)) {
                listed.add(page);
                links.add(link);
            }
        }
        Cell exemption = row.cell(ColumnKey.EXEMPTION);
        if (listed.isEmpty() && !exemption.isBlank()) {
            Optional<Exemption> exempt = organisation.usable()
                    ? Optional.of(new Exemption(row.place(), organisation.name, organisation.inn, organisation.oktmo, exemption.text()))
                    : Optional.empty();
            return new CheckedRow(row.place(), List.of(), 0, findings.problems(), exempt);
        }
        if (listed.isEmpty()) {
            Cell url = row.pages().isEmpty() ? new Cell(-1, "") : row.pages().get(0).url();
            findings.add(url, ProblemCode.R_URL_MISSING,
                    Messages.of(ProblemCode.R_URL_MISSING, url.isAbsent() ? "nocolumn" : null));
            return new CheckedRow(row.place(), List.of(), 1, findings.problems(), Optional.empty());
        }
        List<PageRecord> accepted = new ArrayList<>(listed.size());
        for (int i = 0; i < listed.size(); i++) {
            Optional<PageRecord> record = page(row, listed.get(i), links.get(i), organisation, findings);
            if (record.isPresent() && organisation.usable()) {
                accepted.add(record.get());
            }
        }
        return new CheckedRow(row.place(), accepted, listed.size() - accepted.size(), findings.problems(), Optional.empty());
    }

    /** One page of the row: its URL, verification and followers; empty when rejected for its own cells. */
    private Optional<PageRecord> page(SubmittedRow row, PageCells page, PageLink link,
                                      Organisation organisation, Findings findings) {
        boolean rejected = false;
        Optional<PageLink.Page> found = Optional.empty();
        if (link instanceof PageLink.Rejected bad) {
            findings.add(page.url(), bad.code(), bad.message());
            rejected = true;
        } else if (link instanceof PageLink.Page ok) {
            found = Optional.of(ok);
            if (ok.inner()) {
                rejected |= findings.add(page.url(), ProblemCode.R_URL_INNER, PageKeys.innerMessage(page.url().text(), ok));
            }
        }
        boolean verified = false;
        if (page.verified().isBlank()) {
            rejected |= findings.add(page.verified(), ProblemCode.R_VERIFIED_BLANK, Messages.of(ProblemCode.R_VERIFIED_BLANK, null));
        } else {
            Optional<Boolean> value = yesNo.parse(page.verified().text());
            if (value.isEmpty()) {
                rejected |= findings.add(page.verified(), ProblemCode.R_VERIFIED_INVALID,
                        Messages.of(ProblemCode.R_VERIFIED_INVALID, null, page.verified().text()));
            } else {
                verified = value.get();
            }
        }
        OptionalLong followers = OptionalLong.empty();
        if (!page.followers().isBlank()) {
            followers = Followers.parse(page.followers().text());
            if (followers.isEmpty()) {
                rejected |= findings.add(page.followers(), ProblemCode.R_FOLLOWERS_INVALID,
                        Messages.of(ProblemCode.R_FOLLOWERS_INVALID, null, page.followers().text()));
            }
        }
        if (rejected || found.isEmpty() || organisation.hasError) {
            return Optional.empty();
        }
        PageKey key = aliases.resolve(found.get().key());
        String url = key.equals(found.get().key()) ? found.get().canonicalUrl() : canonicalUrl(key);
        return Optional.of(new PageRecord(row.place(), page.url().column(), organisation.name, organisation.inn,
                organisation.ogrn, organisation.type, organisation.oktmo, key.platform(), key.toString(), url, page.url().text(),
                verified, followers));
    }

    /** The canonical URL of a key that a page alias gave. */
    private String canonicalUrl(PageKey key) {
        Platform platform = profile.platform(key.platform()).orElseThrow();
        return platform.canonical().get(key.kind()).replace("{id}", key.id());
    }

    /** The platform named in the row's platform column (long shape), if any; an unknown one is a shared error. */
    private Optional<Platform> rowPlatform(Cell cell, Organisation organisation, Findings findings) {
        if (cell.isBlank()) {
            return Optional.empty();
        }
        Optional<Platform> platform = pageKeys.platformByWord(cell.text());
        if (platform.isEmpty()) {
            organisation.hasError |= findings.add(cell, ProblemCode.R_PLATFORM_UNSUPPORTED, Messages.of(ProblemCode.R_PLATFORM_UNSUPPORTED, "column",
                    cell.text(), String.join(", ", profile.platforms().stream().map(Platform::name).toList())));
        }
        return platform;
    }

    private Organisation organisation(SubmittedRow row, Findings findings) {
        Organisation org = new Organisation();
        Cell name = row.cell(ColumnKey.ORGANIZATION);
        org.name = name.text();
        if (name.isBlank()) {
            org.hasError |= findings.add(name, ProblemCode.R_ORG_MISSING,
                    Messages.of(ProblemCode.R_ORG_MISSING, name.isAbsent() ? "nocolumn" : null));
        }
        Cell inn = row.cell(ColumnKey.INN);
        Cell ogrn = row.cell(ColumnKey.OGRN);
        OgrnCheck ogrnCheck = ogrn.isBlank() ? null : Ogrn.check(ogrn.text());
        Optional<DirectoryEntry> entry = Optional.empty();
        boolean innResolved = false;
        if (inn.isBlank()) {
            // SPEC 13 rule 2: the OGRN finds the organisation, and the row is not short of an INN
            if (directory.present() && ogrnCheck != null && ogrnCheck.valid()) {
                entry = directory.byOgrn(ogrnCheck.digits());
            }
            innResolved = entry.isPresent();
            if (innResolved) {
                org.inn = entry.get().inn();
            } else {
                org.hasError |= findings.add(inn, ProblemCode.R_INN_MISSING,
                        Messages.of(ProblemCode.R_INN_MISSING, inn.isAbsent() ? "nocolumn" : null));
            }
        } else {
            InnCheck check = Inn.check(inn.text());
            org.inn = check.inn().orElse("");
            if (check.problemCode().isPresent()) {
                org.hasError |= findings.add(inn, check.problemCode().get(), check.message().orElseThrow());
            }
            // rules 1 and 5: a valid INN decides, whatever the OGRN says
            if (directory.present() && check.accepted()) {
                entry = directory.byInn(org.inn);
                if (entry.isEmpty()) {
                    org.hasError |= findings.add(inn, ProblemCode.R_ORG_UNKNOWN, Messages.of(ProblemCode.R_ORG_UNKNOWN, null, org.inn));
                }
            }
        }
        if (ogrnCheck != null) {
            org.ogrn = ogrnCheck.ogrn().orElse("");
            if (!ogrnCheck.valid()) {
                org.hasError |= findings.add(ogrn, ProblemCode.R_OGRN_INVALID, ogrnCheck.message().orElseThrow());
            } else if (entry.isPresent() && !entry.get().ogrn().isEmpty() && !entry.get().ogrn().equals(org.ogrn)) {
                org.hasError |= findings.add(ogrn, ProblemCode.R_ORG_MISMATCH,
                        Messages.of(ProblemCode.R_ORG_MISMATCH, "ogrn", org.ogrn, org.inn, entry.get().ogrn()));
            }
        }
        if (entry.isPresent() && !entry.get().ogrn().isEmpty()) {
            org.ogrn = entry.get().ogrn();
        }
        Cell type = row.cell(ColumnKey.ORG_TYPE);
        Optional<String> canonicalType = orgTypes.match(type.text());
        org.type = canonicalType.orElseGet(orgTypes::otherName);
        if (canonicalType.isEmpty()) {
            org.hasError |= findings.add(type, ProblemCode.R_ORGTYPE_UNKNOWN,
                    Messages.of(ProblemCode.R_ORGTYPE_UNKNOWN, null, type.text(), orgTypes.list()));
        }
        Cell municipality = row.cell(ColumnKey.MUNICIPALITY);
        if (entry.isPresent()) {
            resolveMunicipality(org, entry.get(), municipality, ogrn, innResolved, findings);
        } else if (municipality.isBlank()) {
            org.hasError |= findings.add(municipality, ProblemCode.R_MUNICIPALITY_MISSING,
                    Messages.of(ProblemCode.R_MUNICIPALITY_MISSING, municipality.isAbsent() ? "nocolumn" : null));
        } else {
            Optional<Municipality> found = municipalities.match(municipality.text());
            org.oktmo = found.map(Municipality::oktmo).orElse("");
            if (found.isEmpty()) {
                org.hasError |= findings.add(municipality, ProblemCode.R_MUNICIPALITY_UNKNOWN,
                        Messages.of(ProblemCode.R_MUNICIPALITY_UNKNOWN, null, municipality.text()));
            }
        }
        return org;
    }

    /**
     * SPEC 13 rules 3 and 4 for a row whose organisation the directory found: the directory's
     * municipality is used; a blank one is R-ORG-RESOLVED (with an INN taken from the OGRN, one
     * problem for both), a different or unrecognised one R-ORG-MISMATCH.
     */
    private void resolveMunicipality(Organisation org, DirectoryEntry entry, Cell municipality, Cell ogrn,
                                     boolean innResolved, Findings findings) {
        org.oktmo = entry.oktmo();
        String name = municipalities.byOktmo(entry.oktmo()).map(Municipality::name).orElse(entry.oktmo());
        boolean municipalityResolved = municipality.isBlank();
        if (!municipalityResolved) {
            Optional<Municipality> found = municipalities.match(municipality.text());
            if (found.isEmpty() || !found.get().oktmo().equals(entry.oktmo())) {
                org.hasError |= findings.add(municipality, ProblemCode.R_ORG_MISMATCH,
                        Messages.of(ProblemCode.R_ORG_MISMATCH, "municipality", municipality.text(), org.inn, name));
            }
        }
        if (innResolved || municipalityResolved) {
            List<String> taken = new ArrayList<>(2);
            if (innResolved) {
                taken.add(Messages.of(ProblemCode.R_ORG_RESOLVED, "inn", entry.inn(), entry.ogrn()));
            }
            if (municipalityResolved) {
                taken.add(Messages.of(ProblemCode.R_ORG_RESOLVED, "municipality", name));
            }
            org.hasError |= findings.add(innResolved ? ogrn : municipality, ProblemCode.R_ORG_RESOLVED,
                    Messages.of(ProblemCode.R_ORG_RESOLVED, null, String.join("; ", taken)));
        }
    }

    /** The organisation cells of a row as checked; values are "" when missing or invalid. */
    private static final class Organisation {
        String name = "";
        String inn = "";
        String ogrn = "";
        String type = "";
        String oktmo = "";
        boolean hasError;

        /** A page or exemption can be recorded only with an INN and a municipality. */
        boolean usable() {
            return !hasError && !inn.isEmpty() && !oktmo.isEmpty();
        }
    }
}
