package ru.gospages.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ru.gospages.check.CheckConfiguration;
import ru.gospages.check.FileCheck;
import ru.gospages.check.SubmissionCheck;
import ru.gospages.intake.SubmissionFile;
import ru.gospages.profile.JobProfile;
import ru.gospages.publish.files.XlsxTableWriter;
import ru.gospages.web.upload.BlankTemplate;

class BlankTemplateTest {

    @Test
    void aRowWrittenUnderTheTemplatesHeadersPassesTheCheck(@TempDir Path folder) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CheckConfiguration.class)
                .web(WebApplicationType.NONE).run()) {
            JobProfile profile = context.getBean(JobProfile.class);
            Path file = folder.resolve("filled.xlsx");
            new XlsxTableWriter(LocalDate.now()).write(BlankTemplate.table(profile), List.of(List.of(
                    "Администрация города Сургута", "8601010390", "", "", "город Сургут",
                    "https://vk.com/club100", "да", "https://ok.ru/group/100", "нет")), file);
            FileCheck check = context.getBean(SubmissionCheck.class).check(new SubmissionFile(file, "filled.xlsx"));
            assertThat(check.problems()).isEmpty();
            assertThat(check.accepted()).isEqualTo(2);
        }
    }
}
