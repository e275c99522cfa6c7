package ru.gospages.publish.portal;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import ru.gospages.publish.opendata.DataVersion;
import ru.gospages.publish.portal.tree.OpenDataTree;
import ru.gospages.publish.portal.tree.TreeFile;

/**
 * The Russian {@code README.txt} of the hand-over package: what the files are, how to check them and
 * how to put them on the portal so that readers never see a passport naming a missing file. Written
 * with a byte-order mark and CRLF: it is read in Windows Notepad at the operator's desk.
 */
final class PackageReadme {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String BOM = "\uFEFF";

    private PackageReadme() {
    }

    static String text(OpenDataTree tree, YearMonth period) {
        StringBuilder text = new StringBuilder(BOM);
        line(text, "Открытые данные для размещения на портале");
        line(text, "Версия данных: на " + period.atEndOfMonth().format(DATE) + " (период " + period + ").");
        line(text, "Пакет подготовлен программой gospages; те же файлы дают тот же пакет байт в байт.");
        line(text, "");
        line(text, "СОСТАВ");
        line(text, "  SHA256SUMS — контрольные суммы SHA-256 всех файлов папки opendata/.");
        line(text, "  opendata/ — открытые данные по Методическим рекомендациям, версия 3.0:");
        line(text, "    list.csv — реестр наборов данных публикатора;");
        line(text, "    datapackage.json — описание наборов в формате Frictionless Data Package;");
        line(text, "    <идентификатор набора>/meta.csv — паспорт набора: все версии данных, новые первыми;");
        line(text, "    <идентификатор набора>/structure-<дата>.csv — структура: описание полей;");
        line(text, "    <идентификатор набора>/data-<дата>-structure-<дата>.csv — версии данных, по одной за месяц.");
        line(text, "");
        line(text, "НАБОРЫ");
        Map<String, String> first = Map.of();
        for (String dataset : tree.datasets()) {
            Map<String, String> passport = tree.passport(dataset);
            if (first.isEmpty()) {
                first = passport;
            }
            List<TreeFile> versions = tree.files(dataset).stream().filter(f -> f.kind() == TreeFile.Kind.DATA).toList();
            line(text, "  " + dataset + " — " + passport.getOrDefault("title", ""));
            line(text, "    версий данных: " + versions.size() + "; новая версия: " + DataVersion.of(period).fileName());
            String url = passport.get(DataVersion.of(period).key());
            if (url != null) {
                line(text, "    её адрес по паспорту: " + url);
            }
        }
        line(text, "");
        line(text, "КАК РАЗМЕСТИТЬ");
        line(text, "  1. Проверьте файлы: в папке, куда распакован архив, выполните «sha256sum -c SHA256SUMS»");
        line(text, "     (в Windows: «certutil -hashfile opendata\\<файл> SHA256» и сравните с SHA256SUMS).");
        line(text, "  2. Разместите содержимое папки opendata/ так, чтобы каждый файл открывался по адресу,");
        line(text, "     указанному в meta.csv и list.csv.");
        line(text, "  3. Порядок: сначала файлы data-… и structure-…, затем meta.csv каждого набора,");
        line(text, "     последними list.csv и datapackage.json. Тогда читатель не увидит паспорт,");
        line(text, "     который ссылается на ещё не размещённый файл.");
        line(text, "  4. Файлы data-… прошлых месяцев не удаляйте: паспорт ссылается на все версии.");
        line(text, "     Уже размещённый файл data-… с тем же именем заменяйте, только если публикатор");
        line(text, "     сообщил, что период пересчитан. meta.csv, structure-…, list.csv и datapackage.json");
        line(text, "     заменяйте новыми.");
        if (!first.isEmpty()) {
            line(text, "");
            line(text, "ПУБЛИКАТОР");
            line(text, "  " + first.getOrDefault("creator", ""));
            line(text, "  Ответственный: " + first.getOrDefault("publishername", "") + ", "
                    + first.getOrDefault("publisherphone", "") + ", " + first.getOrDefault("publishermbox", ""));
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append("\r\n");
    }
}
