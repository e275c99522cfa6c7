package ru.gospages.intake;

import java.util.Optional;
import java.util.OptionalInt;
import ru.gospages.profile.Platform;

/**
 * The columns of one page in a sheet: the URL column and, when present, its verification and
 * followers columns. In the long shape there is one, without a platform; in the wide shape one per
 * platform column («Ссылка на страницу ВКонтакте», «Госметка ВК», …).
 */
public record PageColumns(Optional<Platform> platform, int url, OptionalInt verified, OptionalInt followers) {
}
