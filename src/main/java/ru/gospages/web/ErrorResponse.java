package ru.gospages.web;

import com.samskivert.mustache.Mustache;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import ru.gospages.problems.Messages;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a refusal itself, as the {@code error} page or, under {@code /api/}, as JSON
 * {@code {"status":413,"error":"…"}}: for the places that run before Spring MVC (security handlers,
 * the request-size filter) and for the error controller, so every refusal looks the same.
 */
public class ErrorResponse {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Mustache.Compiler compiler;

    public ErrorResponse(Mustache.Compiler compiler) {
        this.compiler = compiler;
    }

    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (isApi(request)) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write(JSON.writeValueAsString(Map.of("status", status, "error", message)));
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            compiler.loadTemplate("error").execute(page(status, message), response.getWriter());
        }
        response.flushBuffer();
    }

    /** The model of the error page. */
    public static Map<String, Object> page(int status, String message) {
        return Map.of("title", title(status), "status", status, "message", message);
    }

    public static String title(int status) {
        return Messages.text(switch (status) {
            case 400, 401, 403, 404, 409, 413 -> "web.title." + status;
            default -> "web.title.500";
        });
    }

    public static String message(int status) {
        return Messages.text(switch (status) {
            case 400, 401, 403, 404, 413 -> "web.error." + status;
            default -> "web.error.500";
        });
    }
}
