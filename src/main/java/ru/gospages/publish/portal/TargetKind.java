package ru.gospages.publish.portal;

import java.util.Arrays;
import java.util.Locale;
import ru.gospages.problems.Messages;
import ru.gospages.publish.portal.tree.PublishSetupException;

/** The targets of {@code publish --target} (SPEC 11), named as on the command line. */
public enum TargetKind {
    STATIC, PACKAGE, CKAN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TargetKind parse(String text) {
        return Arrays.stream(values()).filter(t -> t.code().equals(text.trim().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new PublishSetupException(Messages.text("publish.badTarget", text)));
    }
}
