package ru.gospages.publish.portal.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gospages.publish.portal.OpenDataTrees;
import ru.gospages.publish.portal.PublishOutcome;
import ru.gospages.publish.portal.Publishing;
import ru.gospages.publish.portal.tree.PublishedFile;
import ru.gospages.publish.portal.tree.TreeFile;
import tools.jackson.databind.JsonNode;

/**
 * {@code publish --target=ckan} against a CKAN 2.11 stand-in started inside the test ({@link FakeCkan}):
 * datasets and resources by name, idempotence through our own digest, new versions added once,
 * passports replaced, retries, and a Russian message for each refusal.
 */
@Tag("database")
class CkanPublishTest {

    static final String TOKEN = "tok-9f2c41d7e0b84a3c8d55-secret";
    static final String JSON_TYPE = "application/json;charset=utf-8";

    @TempDir
    Path output;

    private final List<FakeCkan> portals = new java.util.ArrayList<>();

    @AfterEach
    void stop() {
        portals.forEach(FakeCkan::close);
    }

    @Test
    void firstPublishCreatesADatasetPerSetAndAResourcePerFileAndASecondPublishCreatesNothing() throws IOException {
        FakeCkan ckan = portal("Authorization");
        OpenDataTrees.write(output, "2022-11");
        Publishing publishing = publishing(ckan.url(), "");

        PublishOutcome first = publishing.publish(output);

        assertThat(first.result()).isEqualTo(PublishOutcome.Result.PUBLISHED);
        assertThat(ckan.writes()).extracting(FakeCkan.Request::action).containsExactly(
                "package_create", "resource_create", "resource_create", "resource_create",
                "package_create", "resource_create", "resource_create", "resource_create");
        String name = OpenDataTrees.PAGES.toLowerCase();
        JsonNode dataset = ckan.dataset(name).orElseThrow();
        assertThat(dataset.path("title").asString()).isEqualTo("Набор " + OpenDataTrees.PAGES);
        assertThat(dataset.path("notes").asString()).isEqualTo("Официальные страницы, госметка");
        assertThat(dataset.path("extras").toString()).contains("\"key\":\"standardversion\"", "\"key\":\"publishermbox\"");
        Map<String, JsonNode> resources = ckan.resources(name);
        assertThat(resources.keySet()).containsExactly(OpenDataTrees.dataName(YearMonth.of(2022, 11)), "structure-20221201.csv", "meta.csv");
        for (Map.Entry<String, JsonNode> resource : resources.entrySet()) {
            Path local = output.resolve("opendata").resolve(OpenDataTrees.PAGES).resolve(resource.getKey());
            TreeFile file = new TreeFile("x", local, TreeFile.Kind.OTHER, "");
            assertThat(resource.getValue().path("gospages_sha256").asString()).isEqualTo(file.sha256());
            assertThat(resource.getValue().path("size").asLong()).isEqualTo(Files.size(local));
            // XLoader's MD5 in `hash` is left alone: our digest has a field of its own
            assertThat(resource.getValue().path("hash").asString()).hasSize(32);
        }
        // read back after the uploads
        assertThat(ckan.requests().get(ckan.requests().size() - 1).action()).isEqualTo("package_show");
        int before = ckan.requests().size();
        System.out.println("CKAN request log of the first publish:\n" + ckan.log());

        PublishOutcome second = publishing.publish(output);

        assertThat(second.result()).isEqualTo(PublishOutcome.Result.NOTHING);
        assertThat(ckan.requests().subList(before, ckan.requests().size())).extracting(FakeCkan.Request::action)
                .containsExactly("package_show", "package_show");
        assertThat(second.files()).hasSize(6).allMatch(f -> f.action() == PublishedFile.Action.SAME);
        assertThat(publishing.records.latest(java.util.Optional.empty(), 10)).extracting(r -> r.result())
                .containsExactly("NOTHING", "PUBLISHED");
    }

    @Test
    void aNewPeriodAddsExactlyOneResourcePerDatasetAndReplacesTheChangedPassportInPlace() {
        FakeCkan ckan = portal("Authorization");
        OpenDataTrees.write(output, "2022-11");
        Publishing publishing = publishing(ckan.url(), "");
        publishing.publish(output);
        String name = OpenDataTrees.PAGES.toLowerCase();
        String metaId = ckan.resources(name).get("meta.csv").path("id").asString();
        int before = ckan.writes().size();

        OpenDataTrees.addPeriod(output, YearMonth.of(2022, 12));
        PublishOutcome outcome = publishing.publish(output);

        assertThat(outcome.result()).isEqualTo(PublishOutcome.Result.PUBLISHED);
        List<FakeCkan.Request> writes = ckan.writes().subList(before, ckan.writes().size());
        // the passport's `modified` changed: patched; the new version created; meta.csv replaced; structure untouched
        assertThat(writes).extracting(r -> r.action() + " " + r.detail().replaceAll(" \\(.*", "")).containsExactly(
                "package_patch " + ckan.dataset(name).orElseThrow().path("id").asString(),
                "resource_create " + OpenDataTrees.dataName(YearMonth.of(2022, 12)),
                "resource_update meta.csv",
                "package_patch " + ckan.dataset(OpenDataTrees.FIGURES.toLowerCase()).orElseThrow().path("id").asString(),
                "resource_create " + OpenDataTrees.dataName(YearMonth.of(2022, 12)),
                "resource_update meta.csv");
        assertThat(ckan.resources(name)).hasSize(4);
        assertThat(ckan.resources(name).get("meta.csv").path("id").asString()).isEqualTo(metaId);
        assertThat(ckan.resources(name).get("meta.csv").path("gospages_sha256").asString())
                .isEqualTo(new TreeFile("m", output.resolve("opendata").resolve(OpenDataTrees.PAGES).resolve("meta.csv"),
                        TreeFile.Kind.META, "").sha256());
    }

    @Test
    void aChangedPassportTitleIsPatchedAndOnlyMetaCsvIsUploadedAgain() {
        FakeCkan ckan = portal("Authorization");
        OpenDataTrees.write(output, "2022-11");
        Publishing publishing = publishing(ckan.url(), "");
        publishing.publish(output);
        int before = ckan.writes().size();

        OpenDataTrees.retitle(output, OpenDataTrees.FIGURES, "Доля страниц с госметкой");
        publishing.publish(output);

        assertThat(ckan.writes().subList(before, ckan.writes().size())).extracting(FakeCkan.Request::action)
                .containsExactly("package_patch", "resource_update");
        assertThat(ckan.dataset(OpenDataTrees.FIGURES.toLowerCase()).orElseThrow().path("title").asString())
                .isEqualTo("Доля страниц с госметкой");
    }

    @Test
    void aServerErrorTwiceIsRetriedWithGrowingPausesAndThenSucceeds() {
        FakeCkan ckan = portal("Authorization");
        ckan.script("resource_create", 2, 500, JSON_TYPE,
                "{\"success\": false, \"error\": {\"__type\": \"Internal Server Error\", \"message\": \"Internal Server Error\"}}");
        OpenDataTrees.write(output, "2022-11");
        Publishing publishing = publishing(ckan.url(), "");

        PublishOutcome outcome = publishing.publish(output);

        assertThat(outcome.result()).isEqualTo(PublishOutcome.Result.PUBLISHED);
        assertThat(ckan.requests()).filteredOn(r -> r.action().equals("resource_create")).extracting(FakeCkan.Request::status)
                .startsWith(500, 500, 200).hasSize(8);
        assertThat(publishing.pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(ckan.resources(OpenDataTrees.PAGES.toLowerCase())).hasSize(3);
    }

    @Test
    void aProxysHtml502IsRetriedThreeTimesThenEndsWithAMessageSayingNothingWasSent() {
        FakeCkan ckan = portal("Authorization");
        ckan.script("package_show", 4, 502, "text/html", FakeCkan.HTML_502);
        OpenDataTrees.write(output, "2022-11");
        Publishing publishing = publishing(ckan.url(), "");

        PublishOutcome outcome = publishing.publish(output);

        assertThat(outcome.result()).isEqualTo(PublishOutcome.Result.FAILED);
        assertThat(outcome.message()).contains("ошибка сервера 502 после 4 попыток", "502 Bad Gateway nginx",
                "До сбоя ничего не отправлено");
        assertThat(publishing.pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(ckan.writes()).isEmpty();
    }

    @Test
    void aSlowReplyIsRetriedAfterTheReadTimeout() {
        FakeCkan ckan = portal("Authorization");
        ckan.script("package_show", 1, 404, JSON_TYPE, "{}", 1_600);
        OpenDataTrees.write(output, "2022-11");
        Publishing publishing = publishing(ckan.url(), "");

        PublishOutcome outcome = publishing.publish(output);

        assertThat(outcome.result()).isEqualTo(PublishOutcome.Result.PUBLISHED);
        assertThat(publishing.pauses).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void aRefusedConnectionIsRetriedThenReportedWithThePortalsAddress() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        OpenDataTrees.write(output, "2022-11");
        Publishing publishing = publishing("http://127.0.0.1:" + port, "");

        PublishOutcome outcome = publishing.publish(output);

        assertThat(outcome.result()).isEqualTo(PublishOutcome.Result.FAILED);
        assertThat(outcome.message()).contains("Нет ответа от портала CKAN http://127.0.0.1:" + port, "после 4 попыток",
                "ConnectException");
        assertThat(publishing.pauses).hasSize(3);
    }

    @Test
    void aTokenInAHeaderTheSiteDoesNotReadIsRefusedWith403AndTheMessageNamesTheHeader() {
        FakeCkan ckan = portal("X-CKAN-API-Key");
        OpenDataTrees.write(output, "2022-11");

        PublishOutcome refused = publishing(ckan.url(), "Authorization").publish(output);

        assertThat(refused.result()).isEqualTo(PublishOutcome.Result.FAILED);
        assertThat(refused.message()).contains("отказал в доступе (403)", "package_create",
                "сейчас токен отправлен в Authorization", "gospages.publish.ckan.token-header", "GOSPAGES_CKAN_TOKEN");
        assertThat(ckan.requests()).filteredOn(r -> r.action().equals("package_create")).singleElement()
                .satisfies(r -> assertThat(r.tokenHeaders()).containsExactly("Authorization=****"));

        // by default the token goes in both headers, so the same site accepts it
        PublishOutcome accepted = publishing(ckan.url(), "").publish(output);
        assertThat(accepted.result()).isEqualTo(PublishOutcome.Result.PUBLISHED);
        assertThat(ckan.writes().get(ckan.writes().size() - 1).tokenHeaders())
                .containsExactly("Authorization=****", "X-CKAN-API-Key=****");
    }

    @Test
    void aWrongTokenIsRefusedWith403() {
        FakeCkan ckan = portal("Authorization");
        OpenDataTrees.write(output, "2022-11");
        Publishing publishing = new Publishing(Publishing.settings("ckan", "", ckan.url(), ""), name -> "expired-token");

        PublishOutcome outcome = publishing.publish(output);

        assertThat(outcome.message()).contains("403", "Access denied", "Токен неверен или просрочен");
        assertThat(publishing.pauses).isEmpty();
    }

    @Test
    void aWrongPortalAddressEndsWithA404MessageAboutTheAddress() {
        FakeCkan ckan = portal("Authorization");
        OpenDataTrees.write(output, "2022-11");

        PublishOutcome html = publishing(ckan.url() + "/catalog", "").publish(output);

        assertThat(html.message()).contains("(код 404)", "404 Not Found", "gospages.publish.ckan.url (сейчас " + ckan.url() + "/catalog)");

        ckan.script("package_create", 1, 404, JSON_TYPE,
                "{\"success\": false, \"error\": {\"__type\": \"Not Found Error\", \"message\": \"Not found: organization\"}}");
        PublishOutcome json = publishing(ckan.url() + "/api/3/", "").publish(output);

        assertThat(json.message()).contains("«не найдено» (404) на package_create: Not found: organization",
                "gospages.publish.ckan.owner-org");
    }

    @Test
    void aValidationErrorIsReportedWithCkansFieldAndMessage() {
        FakeCkan ckan = portal("Authorization");
        ckan.script("package_create", 1, 409, JSON_TYPE, "{\"success\": false, \"error\": {\"__type\": \"Validation Error\","
                + " \"name\": [\"That URL is already in use.\"]}}");
        OpenDataTrees.write(output, "2022-11");

        PublishOutcome outcome = publishing(ckan.url(), "").publish(output);

        assertThat(outcome.message()).contains("отклонил данные (409) на package_create: name: That URL is already in use.");
    }

    @Test
    void anUploadOverThePortalsLimitEndsWithA409MessageAndSaysWhatWasPublishedBefore() {
        FakeCkan ckan = portal("Authorization").maxResourceSize(400);
        OpenDataTrees.write(output, "2022-11");

        PublishOutcome outcome = publishing(ckan.url(), "").publish(output);

        assertThat(outcome.result()).isEqualTo(PublishOutcome.Result.FAILED);
        assertThat(outcome.message()).contains("«File upload too large»", "resource_create (meta.csv)",
                "ckan.max_resource_size", "До сбоя отправлено файлов: 2 (" + OpenDataTrees.PAGES + "/"
                        + OpenDataTrees.dataName(YearMonth.of(2022, 11)) + ", " + OpenDataTrees.PAGES + "/structure-20221201.csv)");
    }

    @Test
    void aProxysHtml413IsNotRetriedAndTellsToRaiseTheRequestLimit() {
        FakeCkan ckan = portal("Authorization");
        ckan.script("resource_create", 1, 413, "text/html", FakeCkan.HTML_413);
        OpenDataTrees.write(output, "2022-11");
        Publishing publishing = publishing(ckan.url(), "");

        PublishOutcome outcome = publishing.publish(output);

        assertThat(outcome.message()).contains("слишком большой (413)", "client_max_body_size", "413 Request Entity Too Large");
        assertThat(ckan.requests()).filteredOn(r -> r.action().equals("resource_create")).hasSize(1);
        assertThat(publishing.pauses).isEmpty();
    }

    @Test
    void aDataVersionThatDiffersOnThePortalIsKeptAndReported() {
        FakeCkan ckan = portal("Authorization");
        OpenDataTrees.write(output, "2022-11");
        Publishing publishing = publishing(ckan.url(), "");
        publishing.publish(output);
        String data = OpenDataTrees.dataName(YearMonth.of(2022, 11));
        ckan.tamper(OpenDataTrees.PAGES.toLowerCase(), data);
        int before = ckan.writes().size();

        PublishOutcome outcome = publishing.publish(output);

        assertThat(outcome.result()).isEqualTo(PublishOutcome.Result.FAILED);
        assertThat(outcome.message()).contains("Версия данных " + OpenDataTrees.PAGES + "/" + data, "не перезаписывает");
        assertThat(ckan.writes()).hasSize(before);
        assertThat(outcome.files()).filteredOn(f -> f.action() == PublishedFile.Action.KEPT).singleElement()
                .extracting(PublishedFile::path).isEqualTo(OpenDataTrees.PAGES + "/" + data);
    }

    private FakeCkan portal(String tokenHeader) {
        try {
            FakeCkan ckan = new FakeCkan(TOKEN, tokenHeader);
            portals.add(ckan);
            return ckan;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Publishing publishing(String url, String tokenHeader) {
        return new Publishing(Publishing.settings("ckan", "", url, tokenHeader),
                name -> name.equals(CkanToken.VARIABLE) ? TOKEN : null);
    }
}
