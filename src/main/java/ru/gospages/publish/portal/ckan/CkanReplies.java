package ru.gospages.publish.portal.ckan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import ru.gospages.problems.Messages;

/**
 * Judges a CKAN reply (status, then JSON, then {@code success}) and turns every failure into a
 * {@link CkanException} whose Russian message tells the data officer what to do: 403 is a token or
 * rights problem (CKAN answers 403, never 401, for a bad token, and reads the token from one header
 * only), 404 a wrong address, 409 CKAN's validation (the upload limit among it), 413 a proxy's limit.
 */
final class CkanReplies {

    private final String portal;
    private final List<String> headers;

    CkanReplies(String portal, List<String> headers) {
        this.portal = portal;
        this.headers = headers;
    }

    /** The {@code result} of a successful reply; otherwise the failure with its message. */
    JsonNode judge(String action, String file, int attempts, CkanReply reply) {
        int status = reply.status();
        Optional<JsonNode> json = reply.json();
        if (json.isPresent() && status >= 200 && status < 300 && json.get().path("success").asBoolean(false)) {
            return json.get().path("result");
        }
        String type = json.map(j -> j.path("error").path("__type").asString("")).orElse("");
        String details = json.map(j -> details(j.path("error"))).orElseGet(reply::text);
        String subject = file.isEmpty() ? action : action + " (" + file + ")";
        String message;
        if (status >= 500) {
            message = Messages.text("publish.ckan.5xx", status, subject, attempts, details);
        } else if (json.isEmpty()) {
            message = status == 413 ? Messages.text("publish.ckan.413", subject, details)
                    : Messages.text("publish.ckan.notJson", status, subject, details, portal);
        } else {
            message = switch (status) {
                case 403 -> Messages.text("publish.ckan.403", subject, details, String.join(" и ", headers));
                case 404 -> Messages.text("publish.ckan.404", subject, details, portal);
                case 409 -> details.toLowerCase(Locale.ROOT).contains("upload too large")
                        ? Messages.text("publish.ckan.409.tooLarge", subject, details)
                        : Messages.text("publish.ckan.409", subject, details);
                case 413 -> Messages.text("publish.ckan.413", subject, details);
                default -> Messages.text("publish.ckan.other", status, subject, details);
            };
        }
        return throwing(new CkanException(message, action, status, type));
    }

    /** No reply after the last attempt: timeout, refused connection, unknown host. */
    CkanException unreachable(String action, int attempts, Exception e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String why = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new CkanException(Messages.text("publish.ckan.unreachable", portal, action, attempts, why), action, 0, "");
    }

    /** CKAN's error object in one line: its message, then each field's complaints. */
    private static String details(JsonNode error) {
        List<String> parts = new ArrayList<>();
        String message = error.path("message").asString("");
        if (!message.isBlank()) {
            parts.add(message);
        }
        for (Map.Entry<String, JsonNode> field : error.properties()) {
            if (field.getKey().equals("__type") || field.getKey().equals("message")) {
                continue;
            }
            JsonNode value = field.getValue();
            List<String> texts = new ArrayList<>();
            if (value.isArray()) {
                value.values().forEach(v -> texts.add(v.asString(v.toString())));
            } else {
                texts.add(value.asString(value.toString()));
            }
            parts.add(field.getKey() + ": " + String.join("; ", texts));
        }
        return parts.isEmpty() ? error.path("__type").asString("") : String.join("; ", parts);
    }

    private static JsonNode throwing(CkanException e) {
        throw e;
    }
}
