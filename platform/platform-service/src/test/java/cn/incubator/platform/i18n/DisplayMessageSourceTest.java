package cn.incubator.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.StaticMessageSource;

class DisplayMessageSourceTest {

    enum Status { REGISTERED, FILED }

    private final DisplayMessageSource messages = new DisplayMessageSource(bundle());

    private static StaticMessageSource bundle() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessage("notice", Locale.CHINA, "公示期到 {0} 结束");
        source.addMessage("notice", Locale.ENGLISH, "The notice period ends {0}");
        source.addMessage("year", Locale.CHINA, "{0} 年的年检");
        source.addMessage("state", Locale.CHINA, "当前状态为“{0}”");
        source.addMessage("states", Locale.CHINA, "可选：{0}");
        source.addMessage("amount", Locale.CHINA, "金额 {0} 元");
        source.addMessage("max", Locale.CHINA, "不能超过 {0}");
        source.addMessage("enum.DisplayMessageSourceTest.Status.REGISTERED", Locale.CHINA, "已登记");
        source.addMessage("enum.DisplayMessageSourceTest.Status.REGISTERED", Locale.ENGLISH, "registered");
        source.addMessage("enum.DisplayMessageSourceTest.Status.FILED", Locale.CHINA, "已备案");
        source.addMessage("state", Locale.ENGLISH, "The record is \"{0}\"");
        return source;
    }

    @Test
    void timesAreShownInShanghai() {
        Object[] at = {Instant.parse("2026-12-09T05:40:53Z")};

        assertThat(messages.getMessage("notice", at, Locale.CHINA)).isEqualTo("公示期到 2026年12月9日 13:40 结束");
        assertThat(messages.getMessage("notice", at, Locale.ENGLISH))
                .isEqualTo("The notice period ends 9 Dec 2026, 13:40 (UTC+8)");
    }

    @Test
    void numbersAreNotGroupedAndDecimalsStayExact() {
        assertThat(messages.getMessage("year", new Object[] {2026}, Locale.CHINA)).isEqualTo("2026 年的年检");
        assertThat(messages.getMessage("amount", new Object[] {new java.math.BigDecimal("1036800.00")}, Locale.CHINA))
                .isEqualTo("金额 1036800.00 元");
        assertThat(messages.getMessage(new DefaultMessageSourceResolvable(new String[] {"max"}, new Object[] {10000}),
                Locale.CHINA)).isEqualTo("不能超过 10000");
    }

    @Test
    void enumConstantsAreShownByTheirLabel() {
        assertThat(messages.getMessage("state", new Object[] {Status.REGISTERED}, Locale.CHINA))
                .isEqualTo("当前状态为“已登记”");
        assertThat(messages.getMessage("state", new Object[] {Status.REGISTERED}, Locale.ENGLISH))
                .isEqualTo("The record is \"registered\"");
        assertThat(messages.getMessage("states", new Object[] {List.of(Status.REGISTERED, Status.FILED)},
                Locale.CHINA)).isEqualTo("可选：已登记、已备案");
    }
}
