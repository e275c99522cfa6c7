package ru.gospages.registry;

import java.util.OptionalLong;
import ru.gospages.work.RecordInput;
import ru.gospages.work.RecordOutput;

/**
 * One page of a period's registry as the registry keeps it: the page key, the input order of the
 * page's first listing ({@link InputOrder}), and the published values with the municipality as its
 * OKTMO (its name comes from the reference list when the registry is published).
 */
public record RegistryEntry(String pageKey, long ord, String pageUrl, String platform, String organization,
                            String inn, String ogrn, String orgType, String oktmo, boolean verified,
                            OptionalLong followers, String lastReported, boolean carriedOver) {

    private static final int TAG = 'R';

    /** The same page with what every listing of the period said about it. */
    public RegistryEntry withListings(boolean anyVerified, OptionalLong mostFollowers) {
        return new RegistryEntry(pageKey, ord, pageUrl, platform, organization, inn, ogrn, orgType, oktmo,
                anyVerified, mostFollowers, lastReported, carriedOver);
    }

    /** The same page carried over into a later period: values and last report unchanged. */
    public RegistryEntry carried() {
        return new RegistryEntry(pageKey, ord, pageUrl, platform, organization, inn, ogrn, orgType, oktmo,
                verified, followers, lastReported, true);
    }

    /** The page as published, with the name of its municipality. */
    public RegistryPage toPage(String municipality) {
        return new RegistryPage(pageUrl, platform, organization, inn, ogrn, orgType, municipality, oktmo, verified,
                followers, lastReported, carriedOver);
    }

    public void write(RecordOutput out) {
        out.tag(TAG).string(pageKey).number(ord).string(pageUrl).string(platform).string(organization).string(inn)
                .string(ogrn).string(orgType).string(oktmo).flag(verified).optionalNumber(followers)
                .string(lastReported).flag(carriedOver);
    }

    /** The next entry of {@code in}, or null at its end. */
    public static RegistryEntry read(RecordInput in) {
        int tag = in.tag();
        if (tag < 0) {
            return null;
        }
        if (tag != TAG) {
            throw new IllegalStateException("not a registry entry: tag " + tag);
        }
        // the fields that repeat from one page to the next in publication order are read through slots
        return new RegistryEntry(in.string(), in.number(), in.string(), in.string(0), in.string(1), in.string(2),
                in.string(3), in.string(4), in.string(5), in.flag(), in.optionalNumber(), in.string(6), in.flag());
    }
}
