package ru.gospages.publish.portal.ckan;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The few CKAN Action API calls gospages needs, on Spring's {@code RestClient}: {@code GET} for
 * {@code package_show}, JSON for the dataset calls, multipart ({@code upload} part plus flat fields)
 * for the resource calls. A reply is judged by its status, then by whether it is JSON at all (a proxy
 * answers 413 or 502 with HTML), then by {@code success}. 5xx replies, timeouts and refused
 * connections are tried again {@code retries} times after pauses of one, two, four… times
 * {@code pause}; everything else ends the call at once with {@link CkanReplies}' Russian message.
 */
public final class CkanClient {

    /** Waits between attempts; tests record the pauses instead of sleeping. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger(CkanClient.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient rest;
    private final String api;
    private final CkanToken token;
    private final int retries;
    private final Duration pause;
    private final Pause sleeper;
    private final CkanReplies replies;

    public CkanClient(String url, CkanToken token, Duration connectTimeout, Duration readTimeout, int retries,
                      Duration pause, Pause sleeper) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(readTimeout);
        this.rest = RestClient.builder().requestFactory(requests).build();
        this.api = base(url) + "/api/3/action/";
        this.token = token;
        this.retries = Math.max(0, retries);
        this.pause = pause;
        this.sleeper = sleeper;
        this.replies = new CkanReplies(base(url), token.headers());
    }

    /** The portal's address without a trailing slash or a pasted {@code /api/3…} tail. */
    static String base(String url) {
        return url.strip().replaceAll("/+$", "").replaceAll("/api/3(/action)?$", "");
    }

    /** {@code package_show?id=}: the dataset, or a {@link CkanException} ({@link CkanException#notFound()} when missing). */
    public JsonNode packageShow(String nameOrId) {
        URI uri = UriComponentsBuilder.fromUriString(api + "package_show").queryParam("id", nameOrId).build().encode().toUri();
        return call("package_show", "", () -> rest.get().uri(uri).headers(this::authorise).exchange((request, response) ->
                new CkanReply(response.getStatusCode().value(), response.getBody().readAllBytes())));
    }

    /** An action with a JSON body ({@code package_create}, {@code package_patch}). */
    public JsonNode post(String action, ObjectNode body) {
        byte[] bytes = JSON.writeValueAsBytes(body);
        return call(action, "", () -> rest.post().uri(api + action).headers(this::authorise)
                .contentType(MediaType.APPLICATION_JSON).body(bytes)
                .exchange((request, response) -> new CkanReply(response.getStatusCode().value(), response.getBody().readAllBytes())));
    }

    /** A multipart action with the file in the {@code upload} part ({@code resource_create}, {@code resource_update}). */
    public JsonNode upload(String action, Map<String, String> fields, Path file) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        fields.forEach(parts::add);
        parts.add("upload", new FileSystemResource(file));
        return call(action, file.getFileName().toString(), () -> rest.post().uri(api + action).headers(this::authorise)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .exchange((request, response) -> new CkanReply(response.getStatusCode().value(), response.getBody().readAllBytes())));
    }

    private void authorise(org.springframework.http.HttpHeaders headers) {
        token.headers().forEach(name -> headers.set(name, token.value()));
    }

    private JsonNode call(String action, String file, Supplier<CkanReply> exchange) {
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            CkanReply reply;
            try {
                reply = exchange.get();
            } catch (ResourceAccessException e) {
                log.warn("CKAN {} {}: no reply ({}), attempt {} of {}", action, file,
                        e.getCause() == null ? e.getClass().getSimpleName() : e.getCause().getClass().getSimpleName(),
                        attempt, retries + 1);
                if (attempt > retries) {
                    throw replies.unreachable(action, attempt, e);
                }
                waitBefore(attempt);
                continue;
            }
            log.debug("CKAN {} {}: {} in {} ms, attempt {}", action, file, reply.status(),
                    (System.nanoTime() - started) / 1_000_000, attempt);
            if (reply.status() >= 500 && attempt <= retries) {
                log.warn("CKAN {} {}: status {}, attempt {} of {}", action, file, reply.status(), attempt, retries + 1);
                waitBefore(attempt);
                continue;
            }
            return replies.judge(action, file, attempt, reply);
        }
    }

    private void waitBefore(int attempt) {
        try {
            sleeper.sleep(pause.multipliedBy(1L << (attempt - 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
