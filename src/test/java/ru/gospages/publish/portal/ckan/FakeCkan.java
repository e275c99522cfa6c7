package ru.gospages.publish.portal.ckan;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Just enough of CKAN 2.11's Action API, in the test's own process on 127.0.0.1: package_show,
 * package_create, package_patch, resource_create and resource_update (multipart), with CKAN's
 * replies — {@code success:false} with 403 (also for a token in a header the site does not read),
 * 404, 409 (name clash, "File upload too large" over its resource size limit) — and XLoader's habit of
 * overwriting {@code hash}. Every request is recorded (tokens masked); scripted replies stand in for
 * a proxy's HTML 413 and 502 pages, passing 500s and slow replies.
 */
final class FakeCkan implements AutoCloseable {

    /** One request as the portal saw it: method, action, the token headers (masked) and the status answered. */
    record Request(String method, String action, String detail, List<String> tokenHeaders, int status) {
        @Override
        public String toString() {
            return method + " /api/3/action/" + action + (detail.isEmpty() ? "" : " " + detail)
                    + " [" + String.join(", ", tokenHeaders) + "] → " + status;
        }
    }

    /** A reply given instead of the real one for the next call of an action. */
    private record Scripted(int status, String contentType, String body, long delayMillis) {
    }

    static final String ORG = "ugra-digital";
    static final String HTML_413 = "<html><head><title>413 Request Entity Too Large</title></head><body>"
            + "<center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx/1.24.0</center></body></html>";
    static final String HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body>"
            + "<center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.24.0</center></body></html>";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> WRITES = Set.of("package_create", "package_patch", "resource_create", "resource_update");

    private final HttpServer server;
    private final String token;
    private final String tokenHeader;
    private final Map<String, ObjectNode> datasets = new LinkedHashMap<>();
    private final Map<String, Queue<Scripted>> scripts = new HashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private long maxResourceSize = 10L * 1024 * 1024;

    /** A portal that reads the API token {@code token} from the header {@code tokenHeader} only. */
    FakeCkan(String token, String tokenHeader) throws IOException {
        this.token = token;
        this.tokenHeader = tokenHeader;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next {@code times} calls of {@code action} get this reply instead (a proxy's page, a passing 500…). */
    FakeCkan script(String action, int times, int status, String contentType, String body) {
        return script(action, times, status, contentType, body, 0);
    }

    /** The same, answered only after {@code delayMillis} (a slow portal). */
    synchronized FakeCkan script(String action, int times, int status, String contentType, String body, long delayMillis) {
        Queue<Scripted> queue = scripts.computeIfAbsent(action, a -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(new Scripted(status, contentType, body, delayMillis));
        }
        return this;
    }

    /** {@code ckan.max_resource_size} in bytes: a larger upload is refused with 409 "File upload too large". */
    FakeCkan maxResourceSize(long bytes) {
        this.maxResourceSize = bytes;
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> writes() {
        return requests().stream().filter(r -> WRITES.contains(r.action())).toList();
    }

    /** The requests as a log a person reads, tokens masked. */
    String log() {
        StringBuilder log = new StringBuilder();
        requests().forEach(r -> log.append(r).append('\n'));
        return log.toString();
    }

    Optional<JsonNode> dataset(String name) {
        return Optional.ofNullable(datasets.get(name));
    }

    /** The resources of a dataset by name, as package_show gives them. */
    Map<String, JsonNode> resources(String dataset) {
        Map<String, JsonNode> resources = new LinkedHashMap<>();
        datasets.get(dataset).path("resources").values().forEach(r -> resources.put(r.path("name").asString(), r));
        return resources;
    }

    /** Changes a stored resource's digest, as if another version had been uploaded by hand. */
    synchronized void tamper(String dataset, String resourceName) {
        for (JsonNode resource : datasets.get(dataset).path("resources").values()) {
            if (resource.path("name").asString().equals(resourceName)) {
                ((ObjectNode) resource).put("gospages_sha256", "0".repeat(64));
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    /** A slow scripted reply sleeps outside the lock, so the client's next attempt is answered meanwhile. */
    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        Scripted scripted;
        synchronized (this) {
            scripted = path.startsWith("/api/3/action/")
                    ? Optional.ofNullable(scripts.get(path.substring("/api/3/action/".length()))).map(Queue::poll).orElse(null)
                    : null;
        }
        if (scripted != null) {
            sleep(scripted.delayMillis());
        }
        answer(exchange, path, body, scripted);
    }

    private synchronized void answer(HttpExchange exchange, String path, byte[] body, Scripted scripted) throws IOException {
        List<String> tokenHeaders = new ArrayList<>();
        for (String header : List.of("Authorization", "X-CKAN-API-Key")) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                tokenHeaders.add(header + "=" + (value.equals(token) ? "****" : "(другой)"));
            }
        }
        if (!path.startsWith("/api/3/action/")) {
            requests.add(new Request(exchange.getRequestMethod(), path, "", tokenHeaders, 404));
            reply(exchange, 404, "text/html", "<html><body><h1>404 Not Found</h1></body></html>");
            return;
        }
        String action = path.substring("/api/3/action/".length());
        String detail = "";
        String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
        int status;
        String answer;
        try {
            JsonNode input;
            Multipart multipart = null;
            if (contentType.startsWith("multipart/form-data")) {
                multipart = Multipart.parse(contentType, body);
                ObjectNode fields = JSON.createObjectNode();
                multipart.parts().values().stream().filter(p -> p.fileName() == null).forEach(p -> fields.put(p.name(), p.text()));
                input = fields;
                Multipart.Part upload = multipart.parts().get("upload");
                detail = fields.path("name").asString("") + (upload == null ? "" : " (" + upload.bytes().length + " bytes)");
            } else if (exchange.getRequestMethod().equals("GET")) {
                ObjectNode query = JSON.createObjectNode();
                String raw = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
                for (String pair : raw.split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                    }
                }
                input = query;
                detail = "id=" + query.path("id").asString("");
            } else {
                input = JSON.readTree(body);
                detail = input.path("name").asString(input.path("id").asString(""));
            }
            if (scripted != null) {
                status = scripted.status();
                answer = scripted.body();
                contentType = scripted.contentType();
            } else {
                ObjectNode result = act(action, input, multipart, exchange);
                status = 200;
                answer = ok(result);
                contentType = "application/json;charset=utf-8";
            }
        } catch (CkanError e) {
            status = e.status;
            answer = e.body;
            contentType = "application/json;charset=utf-8";
        }
        requests.add(new Request(exchange.getRequestMethod(), action, detail, tokenHeaders, status));
        reply(exchange, status, contentType, answer);
    }

    private ObjectNode act(String action, JsonNode input, Multipart multipart, HttpExchange exchange) {
        if (WRITES.contains(action) && !token.equals(exchange.getRequestHeaders().getFirst(tokenHeader))) {
            // CKAN treats a missing, wrong or wrongly placed token as an anonymous user: 403, never 401
            throw error(403, "Authorization Error", "message", "Access denied: User  not authorized to " + action);
        }
        return switch (action) {
            case "package_show" -> find(input.path("id").asString()).orElseThrow(() -> error(404, "Not Found Error", "message", "Not found"));
            case "package_create" -> create(input);
            case "package_patch" -> patch(input);
            case "resource_create" -> createResource(input, multipart);
            case "resource_update" -> updateResource(input, multipart);
            default -> throw error(400, "Bad request", "message", "Bad request - Action name not known: " + action);
        };
    }

    private ObjectNode create(JsonNode input) {
        String name = input.path("name").asString("");
        if (datasets.containsKey(name)) {
            throw error(409, "Validation Error", "name", "That URL is already in use.");
        }
        if (!ORG.equals(input.path("owner_org").asString())) {
            throw error(409, "Validation Error", "owner_org", "Organization does not exist");
        }
        ObjectNode dataset = ((ObjectNode) input).deepCopy();
        dataset.put("id", UUID.randomUUID().toString());
        dataset.put("owner_org", UUID.nameUUIDFromBytes(ORG.getBytes(StandardCharsets.UTF_8)).toString());
        dataset.putArray("resources");
        datasets.put(name, dataset);
        return dataset.deepCopy();
    }

    private ObjectNode patch(JsonNode input) {
        ObjectNode dataset = find(input.path("id").asString()).map(d -> datasets.get(d.path("name").asString()))
                .orElseThrow(() -> error(404, "Not Found Error", "message", "Not found"));
        input.properties().forEach(field -> {
            if (!field.getKey().equals("id")) {
                dataset.set(field.getKey(), field.getValue());
            }
        });
        return dataset.deepCopy();
    }

    private ObjectNode createResource(JsonNode input, Multipart multipart) {
        ObjectNode dataset = find(input.path("package_id").asString()).map(d -> datasets.get(d.path("name").asString()))
                .orElseThrow(() -> error(404, "Not Found Error", "message", "Not found"));
        ObjectNode resource = ((ObjectNode) input).deepCopy();
        resource.put("id", UUID.randomUUID().toString());
        store(resource, dataset, multipart);
        ((ArrayNode) dataset.get("resources")).add(resource);
        return resource.deepCopy();
    }

    private ObjectNode updateResource(JsonNode input, Multipart multipart) {
        String id = input.path("id").asString();
        for (ObjectNode dataset : datasets.values()) {
            ArrayNode resources = (ArrayNode) dataset.get("resources");
            for (int i = 0; i < resources.size(); i++) {
                if (resources.get(i).path("id").asString().equals(id)) {
                    // resource_update replaces the resource's fields with the ones given
                    ObjectNode resource = ((ObjectNode) input).deepCopy();
                    resource.put("package_id", dataset.path("id").asString());
                    store(resource, dataset, multipart);
                    resources.set(i, resource);
                    return resource.deepCopy();
                }
            }
        }
        throw error(404, "Not Found Error", "message", "Resource was not found.");
    }

    /** Keeps the upload: its size and URL as CKAN sets them, and an MD5 in {@code hash} as XLoader does. */
    private void store(ObjectNode resource, ObjectNode dataset, Multipart multipart) {
        Multipart.Part upload = multipart == null ? null : multipart.parts().get("upload");
        if (upload == null) {
            throw error(409, "Validation Error", "url", "Missing value");
        }
        if (upload.bytes().length > maxResourceSize) {
            throw error(409, "Validation Error", "upload", "File upload too large");
        }
        resource.put("size", upload.bytes().length);
        resource.put("url_type", "upload");
        resource.put("url", url() + "/dataset/" + dataset.path("id").asString() + "/resource/"
                + resource.path("id").asString() + "/download/" + upload.fileName());
        resource.put("hash", md5(upload.bytes()));
    }

    private Optional<ObjectNode> find(String nameOrId) {
        return datasets.values().stream()
                .filter(d -> d.path("name").asString().equals(nameOrId) || d.path("id").asString().equals(nameOrId))
                .findFirst().map(ObjectNode::deepCopy);
    }

    private static String ok(JsonNode result) {
        ObjectNode reply = JSON.createObjectNode();
        reply.put("help", "http://ckan/api/3/action/help_show");
        reply.put("success", true);
        reply.set("result", result);
        return JSON.writeValueAsString(reply);
    }

    private static CkanError error(int status, String type, String field, String message) {
        ObjectNode reply = JSON.createObjectNode();
        reply.put("help", "http://ckan/api/3/action/help_show");
        reply.put("success", false);
        ObjectNode error = reply.putObject("error");
        error.put("__type", type);
        if (field.equals("message")) {
            error.put("message", message);
        } else {
            error.putArray(field).add(message);
        }
        return new CkanError(status, JSON.writeValueAsString(reply));
    }

    private static final class CkanError extends RuntimeException {
        final int status;
        final String body;

        CkanError(int status, String body) {
            super(body, null, false, false);
            this.status = status;
            this.body = body;
        }
    }

    private static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
