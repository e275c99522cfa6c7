package ru.gospages.web;

import org.junit.jupiter.api.Tag;
import ru.gospages.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
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
import ru.gospages.GospagesApplication;
import ru.gospages.accounts.AccountDetails;
import ru.gospages.accounts.Accounts;
import ru.gospages.accounts.ApiTokens;
import ru.gospages.accounts.Role;

@Tag("database")
@SpringBootTest(classes = GospagesApplication.class, properties = "spring.main.web-application-type=servlet")
@AutoConfigureMockMvc
class AccessTest {

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TestDatabase.fresh("access").register(registry);
        WebTestSupport.folders(registry, folder);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ApiTokens tokens;

    AccountDetails.SignedIn officer;
    AccountDetails.SignedIn operator;

    @BeforeEach
    void accounts() {
        officer = WebTestSupport.account(accounts, encoder, "surgut", Role.OFFICER, WebTestSupport.SURGUT);
        operator = WebTestSupport.account(accounts, encoder, "centre", Role.OPERATOR, "");
    }

    @Test
    void pagesSendStrangersToTheLoginPage() throws Exception {
        for (String page : new String[] {"/", "/upload", "/run", "/audit", "/uploads/x"}) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("Пароль")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void operatorPagesAreClosedToOfficers() throws Exception {
        for (String page : new String[] {"/month", "/run", "/audit", "/reports/2022-11/summary.html"}) {
            mvc.perform(get(page).with(user(officer))).andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("нет доступа")));
        }
        mvc.perform(post("/run").param("period", "2022-11").with(user(officer)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/run").with(user(operator))).andExpect(status().isOk()).andExpect(content().string(containsString("Запустить обработку")));
        mvc.perform(get("/month").param("period", "2022-11").with(user(operator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("город Сургут")));
        mvc.perform(get("/audit").with(user(operator))).andExpect(status().isOk()).andExpect(content().string(containsString("Журнал действий")));
    }

    @Test
    void theStartPageSendsEachRoleToItsPage() throws Exception {
        mvc.perform(get("/").with(user(officer))).andExpect(redirectedUrl("/upload"));
        mvc.perform(get("/").with(user(operator))).andExpect(redirectedUrl("/month"));
    }

    @Test
    void aPasswordLogsInWithAnHttpOnlySession() throws Exception {
        WebTestSupport.account(accounts, encoder, "fresh", Role.OFFICER, WebTestSupport.SURGUT);
        mvc.perform(formLogin().user("fresh").password("correct-horse")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user("fresh").password("wrong-horse")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(logout()).andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void loginWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "surgut").param("password", "correct-horse"))
                .andExpect(status().isForbidden()).andExpect(content().string(containsString("Форма устарела")));
    }

    @Test
    void fiveFailuresLockTheNameEvenWithTheRightPassword() throws Exception {
        WebTestSupport.account(accounts, encoder, "victim", Role.OFFICER, WebTestSupport.SURGUT);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user("victim").password("guess" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user("victim").password("guess5")).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(formLogin().user("victim").password("correct-horse")).andExpect(redirectedUrl("/login?locked"));
        String page = mvc.perform(get("/login").param("locked", "")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Вход закрыт на 5 минут");
    }

    @Test
    void unknownNamesLockTheSameWaySoTheLockRevealsNothing() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user("nobody").password("x" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user("nobody").password("x5")).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void theApiWantsABearerToken() throws Exception {
        mvc.perform(get("/api/v1/periods")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(content().string(containsString("Bearer")));
        mvc.perform(get("/api/v1/periods").header("Authorization", "Bearer gp_wrong")).andExpect(status().isUnauthorized());
        String token = tokens.issue("surgut");
        mvc.perform(get("/api/v1/periods").header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andExpect(content().json("[]"));
        mvc.perform(get("/api/v1/periods/2022-11/summary").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith("application/json"));
        // no CSRF token needed on the API, and no session cookie handed out
        mvc.perform(multipart("/api/v1/check").file(WebTestSupport.clean("a.csv")).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(cookie().doesNotExist("JSESSIONID"))
                .andExpect(content().json("{\"files\":[{\"name\":\"a.csv\",\"status\":\"ok\",\"rows\":{\"read\":1,\"accepted\":1,\"rejected\":0,\"exempt\":0},\"problems\":[]}],\"totals\":{\"files\":1,\"errors\":0,\"warnings\":0}}", org.springframework.test.json.JsonCompareMode.STRICT));
    }

    @Test
    void unknownAddressesGetTheRussianPage() throws Exception {
        mvc.perform(get("/nothing/here").with(user(officer))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Такой страницы нет")));
    }
}
