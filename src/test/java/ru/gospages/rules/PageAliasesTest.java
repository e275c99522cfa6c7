package ru.gospages.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.profile.TestProfiles;

class PageAliasesTest {

    private static final PageKeys KEYS = PageKeys.of(TestProfiles.standard());

    @TempDir
    Path dir;

    @Test
    void missingFileMeansNoAliases() {
        PageAliases aliases = PageAliases.load(dir.resolve("page-aliases.csv"), KEYS);
        assertThat(aliases.size()).isZero();
        assertThat(aliases.resolve(key("vk:name:adm_surgut"))).isEqualTo(key("vk:name:adm_surgut"));
    }

    @Test
    void screenNameResolvesToTheNumericPageWrittenInAnySpelling() throws IOException {
        PageAliases aliases = load("""
                alias_url,page_url
                https://vk.com/adm_surgut,vk.ru/public123
                "ok.ru/AdmSurgut", https://ok.ru/group/54163463815168/

                """);
        assertThat(aliases.resolve(key("vk:name:adm_surgut"))).isEqualTo(key("vk:group:123"));
        assertThat(aliases.resolve(key("ok:name:admsurgut"))).isEqualTo(key("ok:group:54163463815168"));
        assertThat(aliases.size()).isEqualTo(2);
    }

    @Test
    void fileSavedByExcelWithByteOrderMarkIsRead() throws IOException {
        PageAliases aliases = load("\uFEFFalias_url,page_url\r\nvk.com/adm_surgut,vk.com/club123\r\n");
        assertThat(aliases.resolve(key("vk:name:adm_surgut"))).isEqualTo(key("vk:group:123"));
    }

    @Test
    void keyThatIsNoAliasResolvesToItself() throws IOException {
        PageAliases aliases = load("alias_url,page_url\nvk.com/adm_surgut,vk.com/club123\n");
        assertThat(aliases.resolve(key("vk:group:123"))).isEqualTo(key("vk:group:123"));
        assertThat(aliases.resolve(key("vk:name:other"))).isEqualTo(key("vk:name:other"));
    }

    @Test
    void chainsOfAliasesResolveToTheLastPage() throws IOException {
        PageAliases aliases = load("alias_url,page_url\nvk.com/old_name,vk.com/adm_surgut\nvk.com/adm_surgut,vk.com/club123\n");
        assertThat(aliases.resolve(key("vk:name:old_name"))).isEqualTo(key("vk:group:123"));
    }

    @Test
    void rowWithAnUnparsableUrlIsAnErrorNamingItsLine() throws IOException {
        assertThatThrownBy(() -> load("alias_url,page_url\nvk.com/adm_surgut,vk.com/club123\nvk.com/feed,vk.com/club1\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("строка 3")
                .hasMessageContaining("vk.com/feed");
    }

    @Test
    void aliasOfTwoDifferentPagesIsAnError() throws IOException {
        assertThatThrownBy(() -> load("alias_url,page_url\nvk.com/adm_surgut,vk.com/club1\nvk.com/adm_surgut,vk.com/club2\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("строка 3");
    }

    @Test
    void circularAliasesAreAnError() throws IOException {
        assertThatThrownBy(() -> load("alias_url,page_url\nvk.com/a_name,vk.com/b_name\nvk.com/b_name,vk.com/a_name\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("по кругу");
    }

    @Test
    void fileWithoutTheColumnsIsAnError() throws IOException {
        assertThatThrownBy(() -> load("alias,page\nvk.com/adm_surgut,vk.com/club1\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alias_url");
    }

    private PageAliases load(String csv) throws IOException {
        Path file = dir.resolve("page-aliases.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return PageAliases.load(file, KEYS);
    }

    private static PageKey key(String text) {
        return PageKey.parse(text);
    }
}
