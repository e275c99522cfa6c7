package ru.gospages.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.gospages.testing.Submissions.row;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.gospages.GospagesApplication;
import ru.gospages.accounts.AccountDetails;
import ru.gospages.accounts.Accounts;
import ru.gospages.accounts.AuditEntry;
import ru.gospages.accounts.AuditLog;
import ru.gospages.accounts.Role;
import ru.gospages.testing.Submissions;
import ru.gospages.testing.TestDatabase;
import ru.gospages.web.month.MonthRunner;
import ru.gospages.web.month.RunState;

/**
 * The operators' history page (runs and publishes, as {@code history} lists them), the «Опубликовать»
 * button with its result page, and the audit of publishes and of the end of page-started runs.
 */
@Tag("database")
@SpringBootTest(classes = GospagesApplication.class, properties = "spring.main.web-application-type=servlet")
@AutoConfigureMockMvc
class HistoryAndPublishPagesTest {

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TestDatabase.fresh("history_page").register(registry);
        WebTestSupport.folders(registry, folder);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditLog audit;
    @Autowired
    MonthRunner runner;

    AccountDetails.SignedIn officer;
    AccountDetails.SignedIn operator;

    @BeforeEach
    void accounts() {
        officer = WebTestSupport.account(accounts, encoder, "surgut", Role.OFFICER, WebTestSupport.SURGUT);
        operator = WebTestSupport.account(accounts, encoder, "centre", Role.OPERATOR, "");
    }

    @Test
    void anOperatorRunsThePeriodPublishesItAndSeesBothInTheHistory() throws Exception {
        String failed = publish();
        assertThat(failed).contains("Публикация не удалась", "Нет дерева открытых данных", "opendata", "gospages.publish");
        assertThat(lastAudit(AuditEntry.Action.PUBLISH).result()).startsWith("failed: ");

        input("2022-11");
        assertThat(run("2022-11").exitCode()).isZero();
        AuditEntry ended = lastAudit(AuditEntry.Action.RUN_END);
        assertThat(ended.account()).isEqualTo("centre");
        assertThat(ended.period()).isEqualTo("2022-11");
        assertThat(ended.result()).isEqualTo("completed");

        String published = publish();
        assertThat(published).contains("Опубликовано", "версия данных за 2022-11", "Публикация (package)", "opendata-2022-11.zip");
        Path zip = folder.resolve("output").resolve("publish").resolve("opendata-2022-11.zip");
        assertThat(zip).isRegularFile();
        AuditEntry publish = lastAudit(AuditEntry.Action.PUBLISH);
        assertThat(publish.account()).isEqualTo("centre");
        assertThat(publish.period()).isEqualTo("2022-11");
        assertThat(publish.fileName()).endsWith("opendata-2022-11.zip");
        assertThat(publish.result()).startsWith("published: Опубликовано (package)");

        assertThat(publish()).contains("Публиковать нечего");
        assertThat(lastAudit(AuditEntry.Action.PUBLISH).result()).startsWith("nothing: ");

        String history = page("/history");
        assertThat(history).contains("<h1>История</h1>", "<a href=\"/reports/2022-11/summary.html\">2022-11</a>",
                "завершён", "результаты в реестре", "50,0", "опубликовано", "нечего публиковать", "package",
                "opendata-2022-11.zip", "action=\"/publish\"", "name=\"_csrf\"");
        assertThat(history.indexOf("нечего публиковать")).isLessThan(history.indexOf("опубликовано"));
        assertThat(page("/history?period=2022-10")).contains("Запусков ещё не было.", "Публикаций ещё не было.");
        assertThat(page("/run")).contains("href=\"/history\"", "action=\"/publish\"");
    }

    @Test
    void theEndOfARunThatCouldNotStartIsAuditedWithItsReason() throws Exception {
        RunState state = run("2021-03");

        assertThat(state.exitCode()).isEqualTo(2);
        AuditEntry ended = lastAudit(AuditEntry.Action.RUN_END);
        assertThat(ended.period()).isEqualTo("2021-03");
        assertThat(ended.result()).startsWith("failed: Нет папки").contains("2021-03");
    }

    @Test
    void aSecondPublishWhileOneIsGoingGetsTheConflictPage() throws Exception {
        Optional<String> refused = runner.exclusively(() -> {
            try {
                return mvc.perform(post("/publish").with(user(operator)).with(csrf()))
                        .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(refused).get().asString().contains("другая публикация");
        // and no run starts while a publish holds the runner
        assertThat(runner.exclusively(() -> runner.start(YearMonth.parse("2021-04"), "centre"))).contains(Optional.empty());
    }

    @Test
    void theHistoryAndThePublishButtonAreTheOperatorsOnly() throws Exception {
        mvc.perform(get("/history")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        String page = mvc.perform(get("/history").with(user(officer))).andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("нет доступа").doesNotContain("href=\"/history\"");
        int audited = audit.recent(1000).size();

        mvc.perform(post("/publish").with(user(officer)).with(csrf())).andExpect(status().isForbidden());
        String expired = mvc.perform(post("/publish").with(user(operator))).andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();
        assertThat(expired).contains("Форма устарела");
        mvc.perform(post("/publish")).andExpect(status().isForbidden());
        for (String period : new String[] {"ноябрь", "2022-13", "2022-1"}) {
            mvc.perform(get("/history").param("period", period).with(user(operator))).andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("ГГГГ-ММ")));
        }

        assertThat(audit.recent(1000)).hasSize(audited);
    }

    private String publish() throws Exception {
        return mvc.perform(post("/publish").with(user(operator)).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String page(String address) throws Exception {
        return mvc.perform(get(address).with(user(operator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** Starts the run from the page and waits for its end. */
    private RunState run(String period) throws Exception {
        mvc.perform(post("/run").param("period", period).with(user(operator)).with(csrf()))
                .andExpect(redirectedUrl("/run"));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (runner.state().orElseThrow().running()) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(50);
        }
        return runner.state().orElseThrow();
    }

    private AuditEntry lastAudit(AuditEntry.Action action) {
        return audit.recent(1000).stream().filter(e -> e.action() == action).findFirst().orElseThrow();
    }

    private static void input(String period) {
        Submissions.csvUtf8(folder.resolve("input").resolve(period).resolve("pages.csv"), List.of(
                row("Наименование организации", "ИНН", "Муниципальное образование", "Ссылка на страницу", "Госметка"),
                row("Администрация города Сургута", Submissions.inn("860202024"), "г. Сургут", "https://vk.com/admsurgut", "да"),
                row("Администрация города Сургута", Submissions.inn("860202024"), "г. Сургут", "https://ok.ru/admsurgut", "нет")));
    }
}
