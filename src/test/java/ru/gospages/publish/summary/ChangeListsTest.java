package ru.gospages.publish.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import ru.gospages.registry.PageChange;

class ChangeListsTest {

    @Test
    void keepsTheFirstPagesOfEachKindInTheOrderRead() {
        var changes = IntStream.range(0, ChangeLists.SHOWN_PER_KIND + 5).mapToObj(i -> new PageChange(
                PageChange.Kind.ADDED, "https://vk.com/club" + i, "Организация", "8601010390", "город Сургут")).iterator();

        ChangeLists lists = ChangeLists.of(changes);

        assertThat(lists.of(PageChange.Kind.ADDED)).hasSize(ChangeLists.SHOWN_PER_KIND)
                .first().extracting(PageChange::pageUrl).isEqualTo("https://vk.com/club0");
        assertThat(lists.of(PageChange.Kind.REMOVED)).isEmpty();
    }
}
