package ru.gospages.accounts;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import ru.gospages.registry.Sql;

/**
 * The accounts' repositories over the database. The registry's {@link Sql} bean is asked for only
 * because creating it creates every table, ours included.
 */
@Configuration(proxyBeanMethods = false)
public class AccountsConfiguration {

    @Bean
    WebTables webTables(NamedParameterJdbcTemplate jdbc, Sql registrySql) {
        return new WebTables(jdbc, new Sql(registrySql.database(), "web"));
    }

    @Bean
    Accounts accounts(WebTables tables) {
        return new Accounts(tables);
    }

    @Bean
    ApiTokens apiTokens(WebTables tables) {
        return new ApiTokens(tables);
    }

    @Bean
    LoginFailures loginFailures(WebTables tables) {
        return new LoginFailures(tables, Clock.systemUTC());
    }

    @Bean
    AuditLog auditLog(WebTables tables) {
        return new AuditLog(tables, Clock.systemUTC());
    }

    /** bcrypt, with the {@code {bcrypt}} prefix so the hash can be changed later without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Also keeps Boot from making an in-memory user with a generated password. */
    @Bean
    AccountDetails accountDetails(Accounts accounts) {
        return new AccountDetails(accounts);
    }
}
