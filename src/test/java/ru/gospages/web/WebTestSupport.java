package ru.gospages.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import ru.gospages.accounts.Account;
import ru.gospages.accounts.AccountDetails;
import ru.gospages.accounts.Accounts;
import ru.gospages.accounts.Role;

/** Folders, accounts and small CSV submissions for the web tests. */
final class WebTestSupport {

    static final String SURGUT = "71876000";
    static final String LANGEPAS = "71872000";
    static final String HEADER = "Наименование организации;ИНН;Муниципальное образование;Ссылка на страницу;Госметка\r\n";

    private WebTestSupport() {
    }

    /** serve's input, output and staging folders under {@code folder}. */
    static void folders(DynamicPropertyRegistry registry, Path folder) {
        registry.add("gospages.web.input", () -> folder.resolve("input").toString());
        registry.add("gospages.web.output", () -> folder.resolve("output").toString());
        registry.add("gospages.web.staging", () -> folder.resolve("staging").toString());
    }

    static AccountDetails.SignedIn account(Accounts accounts, PasswordEncoder encoder, String name, Role role, String oktmo) {
        Account account = accounts.find(name).orElseGet(() -> {
            accounts.add(Accounts.create(name, encoder.encode("correct-horse"), role, oktmo));
            return accounts.find(name).orElseThrow();
        });
        return new AccountDetails.SignedIn(account);
    }

    /** A clean file: one valid row. */
    static MockMultipartFile clean(String name) {
        return csv(name, HEADER + "Администрация города Сургута;8601010390;город Сургут;https://vk.com/club100;да\r\n");
    }

    /** Three rows with a bad INN (one range), one verification cell holding markup. */
    static MockMultipartFile withProblems(String name) {
        return csv(name, HEADER
                + "Школа 1;8601010391;город Сургут;https://vk.com/club201;<script>alert(1)</script>\r\n"
                + "Школа 2;8601010391;город Сургут;https://vk.com/club202;да\r\n"
                + "Школа 3;8601010391;город Сургут;https://vk.com/club203;да\r\n");
    }

    static MockMultipartFile csv(String name, String text) {
        return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
