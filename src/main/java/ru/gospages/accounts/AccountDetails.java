package ru.gospages.accounts;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Spring Security's view of the accounts table: a signed-in person is a {@link SignedIn}. */
public class AccountDetails implements UserDetailsService {

    private final Accounts accounts;

    public AccountDetails(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        return accounts.find(name).map(SignedIn::new)
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }

    /** The account behind a session or a token. */
    public record SignedIn(Account account) implements UserDetails {

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return List.of(new SimpleGrantedAuthority(account.role().authority()));
        }

        @Override
        public String getPassword() {
            return account.passwordHash();
        }

        @Override
        public String getUsername() {
            return account.name();
        }

        @Override
        public boolean isEnabled() {
            return account.enabled();
        }
    }
}
