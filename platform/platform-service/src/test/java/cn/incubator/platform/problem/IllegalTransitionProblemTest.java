package cn.incubator.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import cn.incubator.platform.transition.Lifecycle;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;

/** The one 409 shape of a refused transition: codes for clients, labels in the detail. */
class IllegalTransitionProblemTest {

    enum DemoStatus { DRAFT, OPEN, CLOSED }

    enum DemoAction { OPEN, CLOSE }

    static final Lifecycle<DemoStatus, DemoAction> LIFECYCLE = Lifecycle.of(DemoStatus.class, DemoAction.class)
            .allow(DemoStatus.DRAFT, DemoAction.OPEN, DemoStatus.OPEN)
            .allow(DemoStatus.DRAFT, DemoAction.CLOSE, DemoStatus.CLOSED)
            .allow(DemoStatus.OPEN, DemoAction.CLOSE, DemoStatus.CLOSED)
            .build();

    private final Problems problems = new Problems(messages(), new StaticListableBeanFactory().getBeanProvider(
            io.micrometer.tracing.Tracer.class));

    @Test
    void namesTheStateTheActionAndTheAllowedActionsByCodeAndByLabel() {
        ProblemDetail problem = problems.illegalTransition(LIFECYCLE.refusal(DemoStatus.OPEN, DemoAction.OPEN),
                Locale.SIMPLIFIED_CHINESE, null);

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType()).isEqualTo(URI.create("urn:incubator:problem:illegal-transition"));
        assertThat(problem.getProperties()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "currentState", "OPEN", "action", "OPEN", "allowedActions", java.util.List.of("CLOSE")));
        assertThat(problem.getDetail()).isEqualTo("当前状态为“已开放”，不能执行“开放”。当前可执行：关闭。");
    }

    @Test
    void saysSoWhenNoActionIsLeftAndFallsBackToTheCodeWithoutALabel() {
        ProblemDetail problem = problems.illegalTransition(LIFECYCLE.refusal(DemoStatus.CLOSED, DemoAction.CLOSE),
                Locale.ENGLISH, null);

        assertThat(problem.getProperties()).containsEntry("allowedActions", java.util.List.of());
        assertThat(problem.getDetail())
                .isEqualTo("The record is \"CLOSED\"; \"close\" is not allowed now. No action is allowed any more.");
    }

    private static org.springframework.context.MessageSource messages() {
        ReloadableResourceBundleMessageSource platform = new ReloadableResourceBundleMessageSource();
        platform.setBasename("classpath:incubator/platform-messages");
        platform.setDefaultEncoding("UTF-8");
        platform.setFallbackToSystemLocale(false);
        StaticMessageSource labels = new StaticMessageSource();
        labels.setParentMessageSource(platform);
        labels.addMessage("enum.IllegalTransitionProblemTest.DemoStatus.OPEN", Locale.SIMPLIFIED_CHINESE, "已开放");
        labels.addMessage("enum.IllegalTransitionProblemTest.DemoAction.OPEN", Locale.SIMPLIFIED_CHINESE, "开放");
        labels.addMessage("enum.IllegalTransitionProblemTest.DemoAction.CLOSE", Locale.SIMPLIFIED_CHINESE, "关闭");
        labels.addMessage("enum.IllegalTransitionProblemTest.DemoAction.CLOSE", Locale.ENGLISH, "close");
        return labels;
    }
}
