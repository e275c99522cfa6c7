package ru.gospages.web.upload;

import java.time.Instant;
import java.util.List;
import ru.gospages.accounts.Account;

/**
 * Files dropped together: who, for which municipality (OKTMO) and period, when, and each file with
 * its check. {@code id} is random, so an upload's address cannot be guessed.
 */
public record StagedUpload(String id, String account, String oktmo, String period, Instant created, List<StagedFile> files) {

    public StagedUpload {
        files = List.copyOf(files);
    }

    /** An operator sees every upload; an officer those of its own municipality. */
    public boolean visibleTo(Account viewer) {
        return viewer.isOperator() || viewer.oktmo().equals(oktmo);
    }

    public StagedFile file(int index) {
        return index >= 0 && index < files.size() ? files.get(index) : null;
    }
}
