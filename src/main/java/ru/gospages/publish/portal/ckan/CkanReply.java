package ru.gospages.publish.portal.ckan;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A raw reply of the portal: the HTTP status and the body as it came (CKAN's JSON or a proxy's HTML). */
record CkanReply(int status, byte[] body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The body as a JSON object, or empty when it is none (an HTML error page, an empty body). */
    Optional<JsonNode> json() {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** The start of a body that is not JSON, tags and spaces squeezed out: enough to recognise a proxy page. */
    String text() {
        String text = new String(body, StandardCharsets.UTF_8)
                .replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
