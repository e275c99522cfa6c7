package ru.gospages.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose declared length is over the request limit before anything reads it, with
 * the 413 page (or JSON): otherwise the security chain's look for the CSRF field would parse the
 * multipart body first and fail silently, and the person would see "session expired". Tomcat then
 * reads and discards the body ({@code server.tomcat.max-swallow-size=-1}), so the browser gets the
 * page and not a reset connection.
 */
class RequestSizeFilter extends OncePerRequestFilter {

    private final ErrorPages pages;
    private final ErrorResponse errors;
    private final long maxRequestBytes;

    RequestSizeFilter(ErrorPages pages, ErrorResponse errors, long maxRequestBytes) {
        this.pages = pages;
        this.errors = errors;
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxRequestBytes) {
            errors.write(request, response, 413, pages.tooLargeMessage());
            return;
        }
        chain.doFilter(request, response);
    }
}
