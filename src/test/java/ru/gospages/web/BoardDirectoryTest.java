package ru.gospages.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.gospages.testing.Submissions.inn;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
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
import ru.gospages.accounts.Accounts;
import ru.gospages.accounts.Role;
import ru.gospages.testing.Submissions;
import ru.gospages.testing.TestDatabase;

/** SPEC 10.3 with SPEC 13: with an organisation directory the board expects its obligated organisations. */
@Tag("database")
@SpringBootTest(classes = GospagesApplication.class, properties = "spring.main.web-application-type=servlet")
@AutoConfigureMockMvc
class BoardDirectoryTest {

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TestDatabase.fresh("board").register(registry);
        registry.add("gospages.web.input", () -> folder.resolve("input").toString());
        registry.add("gospages.web.output", () -> folder.resolve("output").toString());
        registry.add("gospages.web.staging", () -> folder.resolve("staging").toString());
        registry.add("gospages.directory", () -> Submissions.directory(folder.resolve("organizations.csv"),
                inn("860202024") + ",,Администрация города Сургута,71876000,,да",
                inn("861700001") + ",,Школа в Белом Яре,71826000,,",
                inn("860100002") + ",,Электросетевая компания,71876000,,нет").toString());
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void theBoardListsTheDirectorysObligatedOrganisationsOfEachMunicipalityWithNothingHandedIn() throws Exception {
        var operator = WebTestSupport.account(accounts, encoder, "centre", Role.OPERATOR, "");

        mvc.perform(get("/month").param("period", "2022-11").with(user(operator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ожидаемые организации — из справочника организаций")))
                .andExpect(content().string(containsString("Администрация города Сургута (ИНН " + inn("860202024") + ")")))
                .andExpect(content().string(containsString("Школа в Белом Яре (ИНН " + inn("861700001") + ")")))
                .andExpect(content().string(not(containsString("Электросетевая компания"))));
    }

    @Test
    void anOrganisationOfAHandedInFileIsNoLongerExpectedButTheOthersOfItsMunicipalityStillAre() throws Exception {
        var officer = WebTestSupport.account(accounts, encoder, "surgut-board", Role.OFFICER, WebTestSupport.SURGUT);
        var operator = WebTestSupport.account(accounts, encoder, "centre-board", Role.OPERATOR, "");
        String location = mvc.perform(multipart("/upload").file(WebTestSupport.csv("администрация.csv", WebTestSupport.HEADER
                                + "Администрация города Сургута;" + inn("860202024") + ";город Сургут;https://vk.com/club100;да\r\n"))
                        .param("period", "2022-12").param("municipality", WebTestSupport.SURGUT).with(user(officer)).with(csrf()))
                .andExpect(redirectedUrlPattern("/uploads/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/files/0/handin").with(user(officer)).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get("/month").param("period", "2022-12").with(user(operator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("администрация.csv — surgut-board")))
                .andExpect(content().string(containsString("все ожидаемые сданы (1)")))
                .andExpect(content().string(not(containsString("Администрация города Сургута (ИНН"))))
                .andExpect(content().string(containsString("Школа в Белом Яре (ИНН " + inn("861700001") + ")")));
    }
}
