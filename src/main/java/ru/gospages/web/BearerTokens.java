package ru.gospages.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.gospages.accounts.AccountDetails;
import ru.gospages.accounts.Accounts;
import ru.gospages.accounts.ApiTokens;

/**
 * The API's sign-in: {@code Authorization: Bearer <token>} of an enabled account. No token or a
 * wrong one leaves the request anonymous, and the API chain answers 401.
 */
class BearerTokens extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiTokens tokens;
    private final Accounts accounts;

    BearerTokens(ApiTokens tokens, Accounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            tokens.accountOf(header.substring(PREFIX.length()).trim())
                    .flatMap(accounts::find)
                    .filter(account -> account.enabled())
                    .ifPresent(account -> {
                        AccountDetails.SignedIn signedIn = new AccountDetails.SignedIn(account);
                        SecurityContext context = SecurityContextHolder.createEmptyContext();
                        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null,
                                signedIn.getAuthorities()));
                        SecurityContextHolder.setContext(context);
                    });
        }
        chain.doFilter(request, response);
    }
}
