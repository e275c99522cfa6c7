package ru.gospages.registry;

import ru.gospages.work.PeriodFiles;
import ru.gospages.work.RecordInput;
import ru.gospages.work.RecordOutput;
import ru.gospages.work.StageFolder;

/** One change of the registry against the previous run, with the municipality as its OKTMO. */
public record ChangeEntry(PageChange.Kind kind, String pageUrl, String organization, String inn, String oktmo) {

    private static final int TAG = 'C';

    static ChangeEntry of(PageChange.Kind kind, RegistryEntry page) {
        return new ChangeEntry(kind, page.pageUrl(), page.organization(), page.inn(), page.oktmo());
    }

    /** The change as published, with the name of its municipality. */
    public PageChange toChange(String municipality) {
        return new PageChange(kind, pageUrl, organization, inn, municipality);
    }

    public void write(RecordOutput out) {
        out.tag(TAG).integer(kind.ordinal()).string(pageUrl).string(organization).string(inn).string(oktmo);
    }

    /** The changes against the previous run as the carry-over left them in the work folder, in publication order. Close the iterator. */
    public static PeriodFiles.Records<ChangeEntry> readAll(StageFolder stage) {
        return new PeriodFiles.Records<>(RecordInput.open(stage.changes()), ChangeEntry::read);
    }

    /** The next change of {@code in}, or null at its end. */
    public static ChangeEntry read(RecordInput in) {
        return in.tag() < 0 ? null
                : new ChangeEntry(PageChange.Kind.values()[in.integer()], in.string(), in.string(), in.string(), in.string());
    }
}
