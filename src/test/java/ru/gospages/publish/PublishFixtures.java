package ru.gospages.publish;

import java.util.Iterator;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import ru.gospages.problems.Problem;
import ru.gospages.problems.ProblemCode;
import ru.gospages.problems.Severity;
import ru.gospages.registry.RegistryPage;

/** Rows for the writer tests, built in code so each test shows its input next to its assertions. */
public final class PublishFixtures {

    private PublishFixtures() {
    }

    public static RegistryPage surgutPage() {
        return new RegistryPage("https://vk.com/adm_surgut", "vk", "Администрация города Сургута", "8602020249",
                "1028600603525", "Орган местного самоуправления", "город Сургут", "71876000", true,
                OptionalLong.of(12345), "2022-11", false);
    }

    public static RegistryPage page(String url, String organization, String inn, OptionalLong followers) {
        return new RegistryPage(url, "ok", organization, inn, "", "Иное", "город Сургут", "71876000", false,
                followers, "2022-09", true);
    }

    public static Problem rowProblem(String value, String message) {
        return new Problem("МО Сургут/реестр.xlsx", "Лист1", 7, "C", value, ProblemCode.R_INN_INVALID,
                Severity.ERROR, message);
    }

    public static Problem fileProblem() {
        return Problem.ofFile("old.doc", ProblemCode.F_UNSUPPORTED_FORMAT, Severity.ERROR,
                "Формат файла «old.doc» не поддерживается");
    }

    /** {@code count} generated pages, produced one by one as a database cursor would. */
    public static Iterator<RegistryPage> generatedPages(long count) {
        return LongStream.range(0, count).mapToObj(i -> new RegistryPage("https://vk.com/club" + (1000 + i),
                i % 2 == 0 ? "vk" : "ok", "Организация № " + i, String.format("%010d", 8600000000L + i), "",
                "Подведомственная организация", "город Сургут", "71876000", i % 3 != 0,
                i % 5 == 0 ? OptionalLong.empty() : OptionalLong.of(i), "2022-11", false)).iterator();
    }
}
