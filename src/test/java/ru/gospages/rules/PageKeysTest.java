package ru.gospages.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.gospages.problems.ProblemCode;
import ru.gospages.profile.JobProfile;
import ru.gospages.profile.Platform;
import ru.gospages.profile.TestProfiles;

class PageKeysTest {

    private static final JobProfile PROFILE = TestProfiles.standard();
    private static final PageKeys KEYS = PageKeys.of(PROFILE);
    private static final Optional<Platform> VK = PROFILE.platform("vk");
    private static final Optional<Platform> OK = PROFILE.platform("ok");

    @Test
    void vkRuPublicPageBecomesGroupKeyWithClubUrl() {
        assertThat(parse("vk.ru/public1")).isEqualTo(page("vk:group:1", "https://vk.com/club1", false));
    }

    @Test
    void mobileHostAndQueryAreDropped() {
        assertThat(parse("https://m.vk.com/club123?from=groups")).isEqualTo(page("vk:group:123", "https://vk.com/club123", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"VK.COM/Club123", "vk.com/event123/", "//vk.com/public123", "<https://vk.com/club123>",
            "\"vk.com/club123\",", "«https://www.vk.com/club123#wall»", "  http://vkontakte.ru/club123.  ",
            "https://vk.com:443/club123", "https://vk.com/%63lub123"})
    void spellingsOfOneCommunityGiveOneKey(String cell) {
        assertThat(parse(cell)).isEqualTo(page("vk:group:123", "https://vk.com/club123", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vk.com/wall-123_45", "vk.com/wall-123", "https://vk.com/wall-123_45?w=wall-123_45",
            "vk.com/photo-123_456", "vk.com/album-123_1", "vk.com/video-123_789", "vk.com/topic-123_39809212?post=17",
            "vk.com/board123", "vk.com/club123/photos"})
    void linksInsideAVkCommunityGiveTheCommunityAsInner(String cell) {
        assertThat(parse(cell)).isEqualTo(page("vk:group:123", "https://vk.com/club123", true));
    }

    @Test
    void innerMessageNamesTheCellAndThePageTaken() {
        PageLink.Page page = (PageLink.Page) parse(" vk.com/wall-123_45 ");
        assertThat(PageKeys.innerMessage(" vk.com/wall-123_45 ", page))
                .isEqualTo("Ссылка vk.com/wall-123_45 ведёт на запись внутри страницы; принята страница https://vk.com/club123");
    }

    @Test
    void vkUserIdIsPersonal() {
        assertThat(parse("vk.com/id5")).isEqualTo(new PageLink.Rejected(ProblemCode.R_URL_PERSONAL,
                "Ссылка vk.com/id5 ведёт на личную страницу человека, а не на страницу организации: укажите адрес сообщества"));
    }

    @Test
    void vkScreenNameBecomesNameKey() {
        assertThat(parse("https://vk.com/Adm_Surgut/")).isEqualTo(page("vk:name:adm_surgut", "https://vk.com/adm_surgut", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vk.com/feed", "vk.com/search", "vk.com/away.php?to=x", "vk.com/", "https://vk.com",
            "vk.com/id0", "ok.ru/dk?st.cmd=x", "ok.ru/feed", "ok.ru/group", "ok.ru/"})
    void reservedSectionsAndSiteRootsNameNoPage(String cell) {
        assertThat(code(parse(cell))).isEqualTo(ProblemCode.R_URL_INVALID);
        assertThat(((PageLink.Rejected) parse(cell)).message()).contains("не ведёт на страницу организации");
    }

    @Test
    void noPageMessageNamesTheCellAndThePlatform() {
        assertThat(((PageLink.Rejected) parse("vk.com/feed")).message())
                .isEqualTo("Ссылка vk.com/feed не ведёт на страницу организации (ВКонтакте): укажите адрес самой страницы");
    }

    @Test
    void topicInsideOkGroupIsInnerLinkOfTheGroup() {
        assertThat(parse("ok.ru/group/1/topic/2")).isEqualTo(page("ok:group:1", "https://ok.ru/group/1", true));
    }

    @Test
    void legacyOdnoklassnikiHostMapsToOkRu() {
        assertThat(parse("odnoklassniki.ru/group/54163463815168"))
                .isEqualTo(page("ok:group:54163463815168", "https://ok.ru/group/54163463815168", false));
        assertThat(parse("http://www.odnoklassniki.ru/group/54163463815168/"))
                .isEqualTo(page("ok:group:54163463815168", "https://ok.ru/group/54163463815168", false));
        assertThat(parse("https://m.ok.ru/group/54163463815168"))
                .isEqualTo(page("ok:group:54163463815168", "https://ok.ru/group/54163463815168", false));
    }

    @Test
    void okProfileIsPersonal() {
        assertThat(code(parse("ok.ru/profile/123"))).isEqualTo(ProblemCode.R_URL_PERSONAL);
    }

    @Test
    void okShortNameBecomesNameKey() {
        assertThat(parse("ok.ru/AdmSurgut")).isEqualTo(page("ok:name:admsurgut", "https://ok.ru/admsurgut", false));
    }

    @Test
    void bareNameIsAPageOnTheExpectedPlatform() {
        assertThat(KEYS.parse("@adm_surgut", VK)).isEqualTo(page("vk:name:adm_surgut", "https://vk.com/adm_surgut", false));
        assertThat(KEYS.parse("@admsurgut", OK)).isEqualTo(page("ok:name:admsurgut", "https://ok.ru/admsurgut", false));
    }

    @Test
    void bareNameWithoutPlatformIsRejectedAsBare() {
        assertThat(parse("@adm_surgut")).isEqualTo(new PageLink.Rejected(ProblemCode.R_URL_INVALID,
                "«@adm_surgut» — короткое имя без адреса, а площадка в строке не указана: укажите полную ссылку"));
    }

    @Test
    void bareReservedNameNamesNoPage() {
        assertThat(code(KEYS.parse("@feed", VK))).isEqualTo(ProblemCode.R_URL_INVALID);
    }

    @Test
    void urlOfAnotherPlatformThanExpectedIsMismatch() {
        assertThat(KEYS.parse("https://vk.com/club1", OK)).isEqualTo(new PageLink.Rejected(ProblemCode.R_PLATFORM_MISMATCH,
                "Указана площадка «Одноклассники», а ссылка https://vk.com/club1 ведёт на ВКонтакте"));
    }

    @Test
    void urlOnTheExpectedPlatformIsAccepted() {
        assertThat(KEYS.parse("https://vk.com/club1", VK)).isEqualTo(page("vk:group:1", "https://vk.com/club1", false));
    }

    @Test
    void hostOfNoPlatformIsUnsupportedAndListsThePlatforms() {
        assertThat(parse("https://facebook.com/x")).isEqualTo(new PageLink.Rejected(ProblemCode.R_PLATFORM_UNSUPPORTED,
                "Сайт facebook.com не относится ни к одной площадке из профиля (ВКонтакте, Одноклассники)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "нет", "-", "Не ведется", "не ведётся", "Отсутствует", " — ", "«нет»", "НЕТ."})
    void emptyCellsAndPlaceholdersAreBlank(String cell) {
        assertThat(parse(cell)).isInstanceOf(PageLink.Blank.class);
    }

    @Test
    void nullCellIsBlank() {
        assertThat(parse(null)).isInstanceOf(PageLink.Blank.class);
    }

    @Test
    void percentEncodedPathIsDecodedBeforeTheRules() {
        // decodes to «адм»; the profile's vk name rule allows only [a-z0-9_.], so no rule matches
        PageLink link = parse("https://vk.com/%D0%B0%D0%B4%D0%BC");
        assertThat(code(link)).isEqualTo(ProblemCode.R_URL_INVALID);
        assertThat(((PageLink.Rejected) link).message()).contains("не ведёт на страницу организации");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://vk.com/%D0%B", "https://vk.com/%zz", "https://vk.com/%C3%28"})
    void brokenPercentEscapeIsNotAUrl(String cell) {
        assertThat(parse(cell)).isEqualTo(new PageLink.Rejected(ProblemCode.R_URL_INVALID,
                "«" + cell + "» — не ссылка на страницу: укажите полный адрес страницы, например https://vk.com/club123"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text without url", "vk", "ftp://vk.com/club1", "mailto:adm@surgut.ru", "https://vk.com/club1 https://ok.ru/x",
            "https://user@vk.com/club1", "http:/vk.com/club1", "vk..com/club1", ".", "\"\""})
    void textThatIsNotAUrlIsInvalid(String cell) {
        PageLink link = parse(cell);
        assertThat(code(link)).isEqualTo(ProblemCode.R_URL_INVALID);
        assertThat(((PageLink.Rejected) link).message()).contains("не ссылка на страницу");
    }

    @Test
    void anyTextGivesALinkAndNeverAnException() {
        Random random = new Random(20240501);
        String alphabet = "abcvkokru.com/:@%?#&=_-0123456789 \"'«»<>(),;адмВКё\u00A0\u200B\\\uD83D\uDE00%D0%B";
        String[] seeds = {"https://vk.com/", "ok.ru/group/", "//", "@", "vk.com/wall-", "https://", ""};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder cell = new StringBuilder(seeds[random.nextInt(seeds.length)]);
            int length = random.nextInt(30);
            for (int j = 0; j < length; j++) {
                cell.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = cell.toString();
            Optional<Platform> expected = random.nextBoolean() ? VK : Optional.empty();
            assertThatCode(() -> assertThat(KEYS.parse(text, expected)).isNotNull()).as(text).doesNotThrowAnyException();
        }
    }

    private static PageLink parse(String cell) {
        return KEYS.parse(cell, Optional.empty());
    }

    private static PageLink page(String key, String url, boolean inner) {
        return new PageLink.Page(PageKey.parse(key), url, inner);
    }

    private static ProblemCode code(PageLink link) {
        assertThat(link).isInstanceOf(PageLink.Rejected.class);
        return ((PageLink.Rejected) link).code();
    }
}
