package ru.gospages.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import ru.gospages.GospagesApplication;
import ru.gospages.accounts.Accounts;
import ru.gospages.accounts.ApiTokens;
import ru.gospages.accounts.Role;
import ru.gospages.check.CheckResult;
import ru.gospages.check.SubmissionCheck;
import ru.gospages.intake.SubmissionFile;
import ru.gospages.intake.SubmissionFiles;
import tools.jackson.databind.json.JsonMapper;

/** For every sample file of both periods, the API reports exactly what the {@code check} command's check finds. */
@SpringBootTest(classes = GospagesApplication.class, properties = "spring.main.web-application-type=servlet")
@AutoConfigureMockMvc
class CheckApiMatchesCheckTest {

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:hsqldb:mem:api" + UUID.randomUUID());
        registry.add("gospages.web.staging", () -> folder.resolve("staging").toString());
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    SubmissionCheck check;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    PasswordEncoder encoder;

    @Test
    @SuppressWarnings("unchecked")
    void theApiReportsExactlyWhatCheckReportsForTheSamples() throws Exception {
        accounts.add(Accounts.create("script", encoder.encode("correct-horse"), Role.OPERATOR, ""));
        String token = tokens.issue("script");
        for (String period : List.of("2022-11", "2022-12")) {
            List<SubmissionFile> files = SubmissionFiles.list(Path.of("input", period));
            assertThat(files).hasSizeGreaterThan(5);
            CheckResult expected = check.check(files);
            MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/check");
            for (SubmissionFile file : files) {
                request.file(new MockMultipartFile("file", file.name(), "application/octet-stream", Files.readAllBytes(file.path())));
            }
            String body = mvc.perform(request.header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            Map<String, Object> json = JsonMapper.builder().build().readValue(body, Map.class);
            List<Map<String, Object>> got = (List<Map<String, Object>>) json.get("files");
            assertThat(got).hasSameSizeAs(expected.files());
            for (int i = 0; i < got.size(); i++) {
                assertThat(got.get(i)).isEqualTo(JsonMapper.builder().build().readValue(
                        JsonMapper.builder().build().writeValueAsString(CheckApi.file(expected.files().get(i))), Map.class));
            }
            assertThat(json.get("totals")).isEqualTo(Map.of("files", files.size(), "errors", (int) expected.errors(),
                    "warnings", (int) expected.warnings()));
            assertThat(expected.errors() + expected.warnings()).isPositive();
        }
    }
}
