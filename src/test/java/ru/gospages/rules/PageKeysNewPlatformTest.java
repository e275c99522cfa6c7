package ru.gospages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.problems.ProblemCode;
import ru.gospages.profile.JobProfile;
import ru.gospages.profile.TestProfiles;

/** A platform added to the profile YAML, with no Java code and no path rules, works end to end. */
class PageKeysNewPlatformTest {

    private static final String TELEGRAM = """
                - code: tg
                  name: Telegram
                  required: false
                  words: [telegram, телеграм]
                  host: t.me
                  alias-hosts: [telegram.me]
                  reserved: [joinchat, s, c]
            """;

    @TempDir
    static Path dir;

    private static JobProfile profile;
    private static PageKeys keys;

    @BeforeAll
    static void profileWithTelegram() throws IOException {
        String shipped = Files.readString(Path.of("jobs/official-pages.yml"), StandardCharsets.UTF_8);
        String marker = "  platforms:\n";
        assertThat(shipped).contains(marker);
        Path yaml = dir.resolve("with-telegram.yml");
        Files.writeString(yaml, shipped.replace(marker, marker + TELEGRAM), StandardCharsets.UTF_8);
        profile = TestProfiles.load(yaml);
        keys = PageKeys.of(profile);
    }

    @Test
    void firstPathSegmentIsTheChannelName() {
        assertThat(keys.parse("t.me/Ugra_News", Optional.empty()))
                .isEqualTo(new PageLink.Page(PageKey.parse("tg:name:ugra_news"), "https://t.me/ugra_news", false));
    }

    @Test
    void aliasHostMapsToTheMainHost() {
        assertThat(keys.parse("https://telegram.me/ugra_news/", Optional.empty()))
                .isEqualTo(new PageLink.Page(PageKey.parse("tg:name:ugra_news"), "https://t.me/ugra_news", false));
    }

    @Test
    void messageLinkIsInnerLinkOfTheChannel() {
        assertThat(keys.parse("t.me/ugra_news/123", Optional.empty()))
                .isEqualTo(new PageLink.Page(PageKey.parse("tg:name:ugra_news"), "https://t.me/ugra_news", true));
    }

    @Test
    void reservedFirstSegmentNamesNoPage() {
        PageLink link = keys.parse("t.me/joinchat/abc", Optional.empty());
        assertThat(link).isInstanceOf(PageLink.Rejected.class);
        assertThat(((PageLink.Rejected) link).code()).isEqualTo(ProblemCode.R_URL_INVALID);
    }

    @Test
    void bareNameOnTheNewPlatformColumn() {
        assertThat(keys.parse("@ugra_news", keys.platformByWord("Телеграм")))
                .isEqualTo(new PageLink.Page(PageKey.parse("tg:name:ugra_news"), "https://t.me/ugra_news", false));
    }

    @Test
    void platformWordsOfTheNewPlatformAreKnown() {
        assertThat(keys.platformByWord("в Телеграме")).map(p -> p.code()).contains("tg");
        assertThat(keys.platformByWord("tg")).map(p -> p.code()).contains("tg");
    }

    @Test
    void shippedPlatformsStillWork() {
        assertThat(keys.parse("vk.com/club1", Optional.empty()))
                .isEqualTo(new PageLink.Page(PageKey.parse("vk:group:1"), "https://vk.com/club1", false));
    }
}
