package ru.gospages.web;

import org.springframework.http.HttpStatus;

/**
 * A request the application turns down with a Russian explanation: the status (400, 403, 404, 409,
 * 413) and the message key in {@code messages_ru.properties}. Thrown by controllers, rendered by
 * {@link ErrorPages}.
 */
public class Refusal extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] arguments;

    public Refusal(HttpStatus status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }

    public static Refusal notFound() {
        return new Refusal(HttpStatus.NOT_FOUND, "web.error.404");
    }

    public static Refusal forbidden() {
        return new Refusal(HttpStatus.FORBIDDEN, "web.error.403");
    }
}
