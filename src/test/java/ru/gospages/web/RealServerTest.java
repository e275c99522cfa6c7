package ru.gospages.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.gospages.GospagesApplication;
import ru.gospages.accounts.Accounts;
import ru.gospages.accounts.ApiTokens;
import ru.gospages.accounts.Role;

/**
 * Over-limit bodies against the real embedded Tomcat (MockMvc enforces no multipart limits): the
 * client gets our 413 page or JSON, never a reset connection.
 */
@SpringBootTest(classes = GospagesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.web-application-type=servlet", "gospages.web.max-file-size=100KB",
                "gospages.web.max-request-size=300KB"})
class RealServerTest {

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:hsqldb:mem:real" + UUID.randomUUID());
        registry.add("gospages.web.input", () -> folder.resolve("input").toString());
        registry.add("gospages.web.output", () -> folder.resolve("output").toString());
        registry.add("gospages.web.staging", () -> folder.resolve("staging").toString());
    }

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ApiTokens tokens;

    String token;

    @BeforeEach
    void account() {
        WebTestSupport.account(accounts, encoder, "script", Role.OPERATOR, "");
        token = tokens.issue("script");
    }

    @Test
    void aRequestOverTheLimitGetsA413PageNotAReset() throws Exception {
        HttpResponse<String> response = send("/upload", body("a.csv", 2_000_000), null);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Слишком большая загрузка", "на файл");
    }

    @Test
    void aFileOverTheLimitInASmallRequestGetsA413PageToo() throws Exception {
        HttpResponse<String> response = send("/api/v1/check", body("a.csv", 150_000), "Bearer " + token);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("json");
        assertThat(response.body()).contains("\"status\":413");
    }

    private HttpResponse<String> send(String path, byte[] body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] body(String name, int size) {
        String head = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/csv\r\n\r\n";
        String tail = "\r\n--XyZ--\r\n";
        return (head + "x".repeat(size) + tail).getBytes(StandardCharsets.UTF_8);
    }
}
