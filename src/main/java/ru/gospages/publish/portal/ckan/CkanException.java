package ru.gospages.publish.portal.ckan;

/**
 * A CKAN action that did not succeed, with a Russian message that says what to do. {@code status} is
 * the HTTP status (0 when no reply came: timeout, refused connection), {@code type} CKAN's error type
 * ({@code Not Found Error}, {@code Validation Error}, …) or empty when the body was not CKAN's JSON.
 */
public class CkanException extends RuntimeException {

    private final String action;
    private final int status;
    private final String type;

    public CkanException(String message, String action, int status, String type) {
        super(message);
        this.action = action;
        this.status = status;
        this.type = type;
    }

    public String action() {
        return action;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    /** A reply of CKAN itself (JSON, {@code success:false}) saying the object does not exist. */
    public boolean notFound() {
        return status == 404 && type.equals("Not Found Error");
    }
}
