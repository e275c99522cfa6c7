package ru.gospages.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

/** Loads a job profile YAML into {@link JobProfile} the way Spring Boot binds it, without a context. */
public final class TestProfiles {

    private TestProfiles() {
    }

    /** The shipped profile {@code jobs/official-pages.yml}. */
    public static JobProfile standard() {
        return load(Path.of("jobs/official-pages.yml"));
    }

    public static JobProfile load(Path yaml) {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("profile", new FileSystemResource(yaml))
                    .forEach(environment.getPropertySources()::addLast);
            return Binder.get(environment).bind("gospages", JobProfile.class)
                    .orElseThrow(() -> new IllegalStateException("no gospages section in " + yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
