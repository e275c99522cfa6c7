package ru.gospages.publish.portal.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import ru.gospages.publish.portal.OpenDataTrees;
import ru.gospages.publish.portal.PublishOutcome;
import ru.gospages.publish.portal.PublishRecords;
import ru.gospages.publish.portal.Publishing;

/** The CKAN token reaches the portal's headers and nowhere else: not the output, the logs, the messages or the records. */
@ExtendWith(OutputCaptureExtension.class)
class CkanTokenSecrecyTest {

    @TempDir
    Path output;

    @Test
    void theTokenNeverAppearsInOutputLogsMessagesOrRecordsWhateverThePortalAnswers(CapturedOutput captured) throws IOException {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        root.setLevel(Level.TRACE);
        // the log file is not the console (logging.threshold.console=OFF once a Spring context ran in
        // this JVM), so the log lines are caught where they are made
        // appended to from the HTTP client's threads too: a list safe to read while they still write
        List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
        AppenderBase<ILoggingEvent> logged = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                events.add(event);
            }
        };
        logged.start();
        root.addAppender(logged);
        List<String> messages = new ArrayList<>();
        try (FakeCkan ckan = new FakeCkan(CkanPublishTest.TOKEN, "Authorization")) {
            OpenDataTrees.write(output, "2022-11");
            Publishing publishing = new Publishing(Publishing.settings("ckan", "", ckan.url(), ""),
                    name -> name.equals(CkanToken.VARIABLE) ? CkanPublishTest.TOKEN : null);
            messages.add(publishing.publish(output).message());
            ckan.script("package_show", 4, 502, "text/html", FakeCkan.HTML_502);
            messages.add(publishing.publish(output).message());
            ckan.script("package_show", 1, 403, CkanPublishTest.JSON_TYPE,
                    "{\"success\": false, \"error\": {\"__type\": \"Authorization Error\", \"message\": \"Access denied\"}}");
            PublishOutcome refused = publishing.publish(output);
            messages.add(refused.message());
            messages.addAll(publishing.said);
            for (PublishRecords.PastPublish record : publishing.records.latest(Optional.empty(), 10)) {
                messages.add(record.toString());
                publishing.records.files(record.id()).forEach(f -> messages.add(f.toString()));
            }
            assertThat(refused.result()).isEqualTo(PublishOutcome.Result.FAILED);
            // it was sent: the portal saw it in both headers
            assertThat(ckan.requests().get(0).tokenHeaders()).containsExactly("Authorization=****", "X-CKAN-API-Key=****");
            assertThat(CkanToken.from(name -> CkanPublishTest.TOKEN, "").toString()).isEqualTo("****");
        } finally {
            root.setLevel(level);
            root.detachAppender(logged);
        }
        List<String> logLines = events.stream().map(event -> event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage())).toList();
        assertThat(String.join("\n", logLines)).contains("CKAN package_show").doesNotContain(CkanPublishTest.TOKEN);
        assertThat(captured.getAll()).doesNotContain(CkanPublishTest.TOKEN);
        assertThat(messages).hasSizeGreaterThan(5).noneMatch(m -> m.contains(CkanPublishTest.TOKEN));
    }
}
