package ru.gospages.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import ru.gospages.problems.Messages;

/**
 * Every refusal and failure as a Russian page (or JSON under {@code /api/}): refusals thrown by
 * controllers, over-limit uploads, unknown addresses, bad parameters, and — as the {@code /error}
 * controller — whatever the container reports. Never a stack trace or Boot's Whitelabel page.
 */
@Controller
@ControllerAdvice
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ErrorPages implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final ErrorResponse errors;
    private final WebLimits limits;

    public ErrorPages(ErrorResponse errors, WebLimits limits) {
        this.errors = errors;
        this.limits = limits;
    }

    @ExceptionHandler(Refusal.class)
    void refusal(Refusal refusal, HttpServletRequest request, HttpServletResponse response) throws IOException {
        errors.write(request, response, refusal.status().value(), Messages.text(refusal.messageKey(), refusal.arguments()));
    }

    /** Over the size of a file or of the request, or more parts than Tomcat takes. */
    @ExceptionHandler(MultipartException.class)
    void tooLarge(MultipartException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (e instanceof MaxUploadSizeExceededException || isSizeLimit(e)) {
            LOG.info("upload over the limits refused: {}", e.getMessage());
            errors.write(request, response, 413, tooLargeMessage());
        } else {
            errors.write(request, response, 400, Messages.text("web.error.multipart"));
        }
    }

    @ExceptionHandler(NoResourceFoundException.class)
    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        errors.write(request, response, 404, ErrorResponse.message(404));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
            MethodArgumentTypeMismatchException.class, HttpMediaTypeException.class, IllegalArgumentException.class})
    void badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        LOG.info("bad request {}: {}", request.getRequestURI(), e.getMessage());
        errors.write(request, response, 400, ErrorResponse.message(400));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    void method(HttpServletRequest request, HttpServletResponse response) throws IOException {
        errors.write(request, response, 405, Messages.text("web.error.405"));
    }

    @ExceptionHandler(Exception.class)
    void failure(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        LOG.error("request {} failed", request.getRequestURI(), e);
        errors.write(request, response, 500, ErrorResponse.message(500));
    }

    /** What the container reports: unknown paths outside MVC, errors in filters, bodies Tomcat refused. */
    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable t && isSizeLimit(t)) {
            status = 413;
        }
        if (status >= 500) {
            LOG.error("request {} failed", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    failure instanceof Throwable t ? t : null);
        }
        errors.write(request, response, status, status == 413 ? tooLargeMessage() : ErrorResponse.message(status));
    }

    String tooLargeMessage() {
        return Messages.text("web.error.413", WebLimits.megabytes(limits.maxFileSize()),
                WebLimits.megabytes(limits.maxRequestSize()), limits.maxFiles());
    }

    /** Tomcat's and Commons FileUpload's size and count limits, wherever they sit in the cause chain. */
    static boolean isSizeLimit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException") || name.contains("FileCountLimit")
                    || name.contains("MaxUploadSize")) {
                return true;
            }
        }
        return false;
    }
}
