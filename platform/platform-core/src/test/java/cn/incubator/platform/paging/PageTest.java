package cn.incubator.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void slicesALoadedListAndCountsAllOfIt() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);
        assertThat(Page.slice(all, new PageRequest(1, 2))).isEqualTo(new Page<>(List.of(3, 4), 1, 2, 5, false));
        assertThat(Page.slice(all, new PageRequest(2, 2)).items()).containsExactly(5);
        assertThat(Page.slice(all, new PageRequest(9, 2))).isEqualTo(new Page<>(List.of(), 9, 2, 5, false));
    }

    @Test
    void mapsItemsAndKeepsThePaging() {
        Page<String> mapped = new Page<>(List.of(1, 2), 3, 2, 40, true).map(String::valueOf);
        assertThat(mapped).isEqualTo(new Page<>(List.of("1", "2"), 3, 2, 40, true));
    }

    @Test
    void mapsAllItemsTogetherAndKeepsThePaging() {
        Page<Integer> page = new Page<>(List.of(1, 2), 3, 2, 40, true);
        assertThat(page.mapAll(items -> items.stream().map(i -> "#" + i).toList()))
                .isEqualTo(new Page<>(List.of("#1", "#2"), 3, 2, 40, true));
        assertThatThrownBy(() -> page.mapAll(items -> List.of("#1"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesPagesOutsideTheBounds() {
        assertThatThrownBy(() -> new PageRequest(-1, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PageRequest(3, 50).offset()).isEqualTo(150);
        assertThat(PageRequest.FIRST).isEqualTo(new PageRequest(0, 20));
    }
}
