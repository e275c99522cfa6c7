package ru.gospages.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import ru.gospages.accounts.LoginFailures;

/**
 * The form login's check of a name and password, behind the lock of {@link LoginFailures}: a locked
 * name is refused before its password is even compared, every failure (unknown name included) is
 * counted, and a success clears the count.
 */
class LockingAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginFailures failures;

    LockingAuthentication(AuthenticationProvider passwords, LoginFailures failures) {
        this.passwords = passwords;
        this.failures = failures;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        if (failures.isLocked(name)) {
            throw new LockedException("locked");
        }
        try {
            Authentication done = passwords.authenticate(attempt);
            failures.succeeded(name);
            return done;
        } catch (AuthenticationException e) {
            failures.failed(name);
            if (failures.isLocked(name)) {
                throw new LockedException("locked", e);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
