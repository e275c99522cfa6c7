package ru.gospages.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.HeaderWriterFilter;
import ru.gospages.accounts.AccountDetails;
import ru.gospages.accounts.Accounts;
import ru.gospages.accounts.ApiTokens;
import ru.gospages.accounts.LoginFailures;
import ru.gospages.problems.Messages;

/**
 * Two security chains. {@code /api/**}: a bearer token, no session, no CSRF (a script has no form),
 * 401/403 as JSON. Everything else: a form login with a session cookie (HttpOnly, SameSite=Lax, set
 * in application.properties), CSRF on every form, the lock after failed logins, and the operators'
 * pages closed to officers. A refusal is a Russian page, never the container's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

    /** Pages only the centre's operators see. */
    static final String[] OPERATOR_PAGES = {"/month/**", "/run/**", "/history", "/publish", "/reports/**", "/audit"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Accounts accounts, ErrorResponse errors,
                            RequestSizeFilter sizes) throws Exception {
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(sizes, HeaderWriterFilter.class)
                .addFilterBefore(new BearerTokens(tokens, accounts), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) ->
                                errors.write(request, response, 401, Messages.text("web.error.401")))
                        .accessDeniedHandler((request, response, e) ->
                                errors.write(request, response, 403, Messages.text("web.error.403"))))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AccountDetails details, PasswordEncoder encoder,
                              LoginFailures failures, ErrorResponse errors, ErrorPages pages,
                              RequestSizeFilter sizes) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(details);
        passwords.setPasswordEncoder(encoder);
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        return http
                .addFilterBefore(sizes, HeaderWriterFilter.class)
                .authenticationManager(new ProviderManager(new LockingAuthentication(passwords, failures)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/style.css", "/upload.js", "/favicon.ico").permitAll()
                        .requestMatchers(OPERATOR_PAGES).hasRole("OPERATOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(failure))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .httpBasic(basic -> basic.disable())
                .exceptionHandling(handling -> handling.accessDeniedHandler(denied(errors, pages)))
                .build();
    }

    @Bean
    RequestSizeFilter requestSizeFilter(ErrorPages pages, ErrorResponse errors, WebLimits limits) {
        return new RequestSizeFilter(pages, errors, limits.maxRequestSize().toBytes());
    }

    /**
     * 403 with a reason: a CSRF failure on a multipart form whose parsing failed was really an
     * over-limit file (the CSRF field was never read), and says so; any other CSRF failure means an
     * expired or forged form.
     */
    private static AccessDeniedHandler denied(ErrorResponse errors, ErrorPages pages) {
        return (request, response, e) -> {
            if (e instanceof CsrfException && overLimitMultipart(request)) {
                errors.write(request, response, 413, pages.tooLargeMessage());
            } else if (e instanceof CsrfException) {
                errors.write(request, response, 403, Messages.text("web.error.csrf"));
            } else {
                errors.write(request, response, 403, Messages.text("web.error.403"));
            }
        };
    }

    private static boolean overLimitMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().startsWith("multipart/")) {
            return false;
        }
        try {
            request.getParts();
            return false;
        } catch (Exception e) {
            return ErrorPages.isSizeLimit(e);
        }
    }

}
