package ru.gospages.rules;

import ru.gospages.problems.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.gospages.profile.JobProfile;
import ru.gospages.text.Names;
import ru.gospages.text.SpellingCache;

/** The organisation types of the job profile and the words agencies use for them. */
public final class OrgTypes {

    private static final String OTHER = "Иное";

    private final List<JobProfile.OrgType> types;
    private final Map<String, String> canonical = new HashMap<>();
    private final String otherName;
    private final SpellingCache<Optional<String>> byCell = new SpellingCache<>(this::lookUp);

    /** @throws IllegalArgumentException if the list is empty or one word names two types */
    public OrgTypes(List<JobProfile.OrgType> types) {
        if (types.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("profile.orgTypes.none"));
        }
        this.types = List.copyOf(types);
        for (JobProfile.OrgType type : types) {
            add(type.name(), type.name());
            type.synonyms().forEach(synonym -> add(synonym, type.name()));
        }
        this.otherName = types.stream().map(JobProfile.OrgType::name)
                .filter(name -> Names.fold(name).equals(Names.fold(OTHER)))
                .findFirst()
                .orElse(types.get(types.size() - 1).name());
    }

    /**
     * The canonical name for a canonical name or synonym (case, {@code ё}, spaces and dashes folded).
     * A blank cell means {@link #otherName()} and is no problem (SPEC 4.3); an unknown word gives
     * empty: the caller raises R-ORGTYPE-UNKNOWN and stores {@link #otherName()}.
     */
    public Optional<String> match(String cell) {
        return byCell.get(cell);
    }

    /** The canonical name, or {@link #otherName()} for a blank or unknown cell. */
    public String canonicalOrOther(String cell) {
        return match(cell).orElseGet(this::otherName);
    }

    /** The type that blank and unknown cells are stored as: «Иное», else the last type of the profile. */
    public String otherName() {
        return otherName;
    }

    /** The canonical names joined with ", ", for messages. */
    public String list() {
        return types.stream().map(JobProfile.OrgType::name).collect(Collectors.joining(", "));
    }

    private Optional<String> lookUp(String cell) {
        String key = Names.fold(cell);
        return key.isEmpty() ? Optional.of(otherName) : Optional.ofNullable(canonical.get(key));
    }

    private void add(String word, String name) {
        String previous = canonical.put(Names.fold(word), name);
        if (previous != null && !previous.equals(name)) {
            throw new IllegalArgumentException(Messages.text("profile.orgTypes.twice", word, previous, name));
        }
    }
}
