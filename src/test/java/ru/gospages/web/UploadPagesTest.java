package ru.gospages.web;

import org.junit.jupiter.api.Tag;
import ru.gospages.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.gospages.GospagesApplication;
import ru.gospages.accounts.AccountDetails;
import ru.gospages.accounts.Accounts;
import ru.gospages.accounts.AuditLog;
import ru.gospages.accounts.Role;
import ru.gospages.check.SubmissionCheck;
import ru.gospages.web.upload.StagedFile;
import ru.gospages.web.upload.StagedUpload;
import ru.gospages.web.upload.Uploads;

@Tag("database")
@SpringBootTest(classes = GospagesApplication.class, properties = {"spring.main.web-application-type=servlet",
        "gospages.web.max-files=3", "gospages.web.max-file-size=2KB"})
@AutoConfigureMockMvc
class UploadPagesTest {

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TestDatabase.fresh("web").register(registry);
        WebTestSupport.folders(registry, folder);
    }

    @Autowired
    Uploads uploads;
    @Autowired
    SubmissionCheck check;
    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditLog audit;

    AccountDetails.SignedIn officer;
    AccountDetails.SignedIn neighbour;
    AccountDetails.SignedIn operator;

    @BeforeEach
    void accounts() {
        officer = WebTestSupport.account(accounts, encoder, "surgut", Role.OFFICER, WebTestSupport.SURGUT);
        neighbour = WebTestSupport.account(accounts, encoder, "langepas", Role.OFFICER, WebTestSupport.LANGEPAS);
        operator = WebTestSupport.account(accounts, encoder, "centre", Role.OPERATOR, "");
    }

    @Test
    void theUploadPageStatesTheLimits() throws Exception {
        String page = mvc.perform(get("/upload").with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(".xlsx, .xlsm, .xls, .csv", "0 МБ", "3</b> файлов", "name=\"_csrf\"", "type=\"file\"");
    }

    @Test
    void aFileWithProblemsIsShownRowRangesAndMarkupAsText() throws Exception {
        String page = result(upload(officer, WebTestSupport.withProblems("отчёт <b>.csv")));
        assertThat(page).contains("R-INN-INVALID", "2–4", "ИНН", "отчёт &lt;b&gt;.csv", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert", "<b>.csv")
                .doesNotContain("Сдать за");
    }

    @Test
    void aFileWithErrorsCannotBeHandedInByAnOfficerButByAnOperator() throws Exception {
        String location = upload(officer, WebTestSupport.withProblems("bad.csv"));
        mvc.perform(post(location + "/files/0/handin").with(user(officer)).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(org.hamcrest.Matchers.containsString("исправьте ошибки")));
        mvc.perform(post(location + "/files/0/handin").with(user(operator)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(folder.resolve("input/2022-11/71876000 город Сургут/bad.csv")).exists();
    }

    @Test
    void aCleanFileIsHandedInAndAReplacedOneKeptInVersions() throws Exception {
        String first = upload(officer, WebTestSupport.clean("../../Сургут.csv"));
        assertThat(result(first)).contains("Сдать за 2022-11");
        mvc.perform(post(first + "/files/0/handin").with(user(officer)).with(csrf())).andExpect(status().is3xxRedirection());
        String second = upload(officer, WebTestSupport.clean("Сургут.csv"));
        mvc.perform(post(second + "/files/0/handin").with(user(officer)).with(csrf())).andExpect(status().is3xxRedirection());
        Path period = folder.resolve("input/2022-11");
        assertThat(period.resolve("71876000 город Сургут/Сургут.csv")).exists();
        try (Stream<Path> kept = Files.list(period.resolve(".versions/71876000 город Сургут"))) {
            assertThat(kept.map(p -> p.getFileName().toString())).singleElement().asString().endsWith("-Сургут.csv");
        }
        assertThat(folder.resolve("Сургут.csv")).doesNotExist();
        assertThat(audit.recent(20)).extracting(e -> e.action().label()).contains("upload", "handin", "replace");
    }

    @Test
    void aLeadingDotIsDroppedFromTheNameHandedIn() throws Exception {
        String location = upload(officer, WebTestSupport.clean(".hidden.csv"));
        mvc.perform(post(location + "/files/0/handin").with(user(officer)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(folder.resolve("input/2022-11/71876000 город Сургут/hidden.csv")).exists();
    }

    @Test
    void aWrongExtensionIsRejectedAndCannotBeHandedIn() throws Exception {
        String location = upload(officer, WebTestSupport.csv("список.pdf", "%PDF-1.4"));
        assertThat(result(location)).contains("F-UNSUPPORTED-FORMAT", "не принят целиком");
        mvc.perform(post(location + "/files/0/handin").with(user(operator)).with(csrf())).andExpect(status().isBadRequest());
    }

    @Test
    void anotherMunicipalitysUploadIsRefused() throws Exception {
        String location = upload(officer, WebTestSupport.clean("a.csv"));
        mvc.perform(get(location).with(user(neighbour))).andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("другому муниципалитету")));
        mvc.perform(post(location + "/files/0/handin").with(user(neighbour)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get(location).with(user(operator))).andExpect(status().isOk());
    }

    @Test
    void anOverLimitFileGetsTheRussianPage() throws Exception {
        mvc.perform(multipart("/upload").file(WebTestSupport.csv("big.csv", "x".repeat(3000))).param("period", "2022-11")
                        .with(user(officer)).with(csrf()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("больше допустимого размера")));
    }

    @Test
    void tooManyFilesGetTheRussianPage() throws Exception {
        mvc.perform(multipart("/upload").file(WebTestSupport.clean("1.csv")).file(WebTestSupport.clean("2.csv"))
                        .file(WebTestSupport.clean("3.csv")).file(WebTestSupport.clean("4.csv")).param("period", "2022-11")
                        .with(user(officer)).with(csrf()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("не больше 3")));
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(multipart("/upload").file(WebTestSupport.clean("a.csv")).param("period", "2022-11").with(user(officer)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Форма устарела")));
    }

    @Test
    void problemsDownloadAsAWorkbook() throws Exception {
        String location = upload(officer, WebTestSupport.withProblems("bad.csv"));
        byte[] xlsx = mvc.perform(get(location + "/problems.xlsx").with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx).startsWith((byte) 'P', (byte) 'K');
        byte[] template = mvc.perform(get("/template.xlsx").with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(template).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void anUnknownUploadIsNotFound() throws Exception {
        mvc.perform(get("/uploads/nothing").with(user(operator))).andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Такой страницы нет")));
    }

    @Test
    void anUploadIsFoundAgainAfterARestartWithTheSameProblemsAndHalfWrittenFoldersAreDropped() throws Exception {
        String location = upload(officer, WebTestSupport.withProblems("до перезапуска.csv"));
        String id = location.substring(location.lastIndexOf('/') + 1);
        StagedUpload before = uploads.find(id).orElseThrow();
        Path staging = folder.resolve("staging");
        Path halfWritten = Files.createDirectories(staging.resolve("0123456789abcdef01234567/1"));

        Uploads restarted = new Uploads(staging, check, Clock.systemUTC());
        restarted.tidy();

        assertThat(halfWritten.getParent()).doesNotExist();
        StagedUpload after = restarted.find(id).orElseThrow();
        assertThat(after.account()).isEqualTo("surgut");
        assertThat(after.oktmo()).isEqualTo(WebTestSupport.SURGUT);
        assertThat(after.period()).isEqualTo("2022-11");
        assertThat(after.files()).extracting(StagedFile::sentName, StagedFile::sha256, f -> f.check().problems())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("до перезапуска.csv", before.files().get(0).sha256(),
                        before.files().get(0).check().problems()));
        assertThat(after.files().get(0).check().problems()).isNotEmpty();
        assertThat(restarted.find("../" + id)).isEmpty();
        assertThat(restarted.find("0123456789abcdef01234567")).isEmpty();
    }

    private String upload(AccountDetails.SignedIn who, org.springframework.mock.web.MockMultipartFile file) throws Exception {
        MvcResult done = mvc.perform(multipart("/upload").file(file).param("period", "2022-11")
                        .param("municipality", WebTestSupport.SURGUT).with(user(who)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return done.getResponse().getRedirectedUrl();
    }

    private String result(String location) throws Exception {
        return mvc.perform(get(location).with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
