package cn.incubator.platform.problem;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.incubator.platform.i18n.DisplayMessageSource;
import cn.incubator.platform.json.DisplayJsonModule;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error Spring MVC raises before a controller runs is a localized problem document: Chinese by default, English
 * with {@code Accept-Language: en}; bad enum values list the allowed ones, bad times say the expected format.
 */
class FrameworkProblemsTest {

    enum Color { RED, GREEN }

    record Paint(Color color, Instant dryAt) {
    }

    @RestController
    static class Controller {
        @PostMapping("/paint")
        Paint paint(@RequestBody Paint paint) {
            return paint;
        }

        @PostMapping("/search")
        String search(@RequestParam Color color) {
            return color.name();
        }

        /** What JdbcClient throws when the pool gets no connection (PostgreSQL restarting). */
        @PostMapping("/store")
        String store() {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new java.sql.SQLTransientConnectionException("Connection is not available, request timed out"));
        }

        /** What @Transactional throws when it cannot begin. */
        @PostMapping("/begin")
        String begin() {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction");
        }

        /** What @Transactional throws when the statement and then the rollback lose the connection. */
        @PostMapping("/rollback")
        String rollback() {
            throw new TransactionSystemException("JDBC rollback failed",
                    new java.sql.SQLException("This connection has been closed.", "08003"));
        }

        /** A commit refused for a reason of its own: not the database being away. */
        @PostMapping("/commit")
        String commit() {
            throw new TransactionSystemException("Could not commit JDBC transaction",
                    new java.sql.SQLException("could not serialize access", "40001"));
        }
    }

    private MockMvc http;

    @BeforeEach
    void setUp() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasenames("incubator/platform-messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        org.springframework.context.support.StaticMessageSource labels = new org.springframework.context.support.StaticMessageSource();
        labels.addMessage("enum.FrameworkProblemsTest.Color.RED", Locale.CHINA, "红");
        labels.addMessage("enum.FrameworkProblemsTest.Color.GREEN", Locale.CHINA, "绿");
        labels.addMessage("enum.FrameworkProblemsTest.Color.RED", Locale.ENGLISH, "red");
        labels.addMessage("enum.FrameworkProblemsTest.Color.GREEN", Locale.ENGLISH, "green");
        labels.setParentMessageSource(bundle);
        DisplayMessageSource messages = new DisplayMessageSource(labels);
        Problems problems = new Problems(messages, new StaticListableBeanFactory().getBeanProvider(
                io.micrometer.tracing.Tracer.class));
        ProblemAdvice advice = new ProblemAdvice(problems);
        advice.setMessageSource(messages);
        AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
        locales.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        JsonMapper json = JsonMapper.builder().addModule(new DisplayJsonModule())
                .addMixIn(org.springframework.http.ProblemDetail.class,
                        org.springframework.http.converter.json.ProblemDetailJacksonMixin.class)
                .build();
        http = MockMvcBuilders.standaloneSetup(new Controller())
                .setControllerAdvice(advice)
                .setLocaleResolver(locales)
                .setMessageConverters(new JacksonJsonHttpMessageConverter(json))
                .build();
    }

    @Test
    void methodNotAllowedInChineseAndEnglish() throws Exception {
        http.perform(put("/paint"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("不支持的请求方法"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("此路径不支持 PUT 方法")));
        http.perform(put("/paint").header("Accept-Language", "en"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.title").value("Method not allowed"));
    }

    @Test
    void unsupportedMediaTypeInChineseAndEnglish() throws Exception {
        http.perform(post("/paint").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.title").value("不支持的内容类型"));
        http.perform(post("/paint").contentType(MediaType.TEXT_PLAIN).content("x").header("Accept-Language", "en"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.title").value("Unsupported media type"));
    }

    @Test
    void anUnreachableDatabaseIsA503WithRetryAfterNotA500() throws Exception {
        for (String path : new String[] {"/store", "/begin", "/rollback"}) {
            http.perform(post(path))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:incubator:problem:database-unavailable"))
                    .andExpect(jsonPath("$.title").value("数据库暂不可用"));
        }
        http.perform(post("/store").header("Accept-Language", "en"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.title").value("Database unavailable"));
    }

    @Test
    void aTransactionThatFailedForAnotherReasonIsStillA500() throws Exception {
        http.perform(post("/commit"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("urn:incubator:problem:internal"));
    }

    @Test
    void notAcceptable() throws Exception {
        http.perform(post("/paint").contentType(MediaType.APPLICATION_JSON).content("{\"color\":\"RED\"}")
                        .accept(MediaType.IMAGE_PNG))
                .andExpect(status().isNotAcceptable());
    }

    @Test
    void aMissingParameterIsAFieldError() throws Exception {
        http.perform(post("/search"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("color"))
                .andExpect(jsonPath("$.errors[0].code").value("Required"))
                .andExpect(jsonPath("$.errors[0].message").value("缺少必填参数"));
    }

    @Test
    void aBadEnumListsTheAllowedValuesByLabel() throws Exception {
        http.perform(post("/search").param("color", "BLUE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("color"))
                .andExpect(jsonPath("$.errors[0].code").value("Enum"))
                .andExpect(jsonPath("$.errors[0].message").value("值“BLUE”无效，可选值：红（RED）、绿（GREEN）"));
        http.perform(post("/paint").contentType(MediaType.APPLICATION_JSON).content("{\"color\":\"BLUE\"}")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("color"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("value \"BLUE\" is not allowed; use one of: red (RED), green (GREEN)"));
    }

    @Test
    void aBadTimeSaysWhichFormatIsExpectedAndOneWithoutOffsetIsShanghai() throws Exception {
        http.perform(post("/paint").contentType(MediaType.APPLICATION_JSON).content("{\"dryAt\":\"9.12.2026\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dryAt"))
                .andExpect(jsonPath("$.errors[0].code").value("DateTime"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(
                        "yyyy-MM-ddTHH:mm[:ss][+08:00]")));
        http.perform(post("/paint").contentType(MediaType.APPLICATION_JSON).content("{\"dryAt\":\"2026-12-09T13:40\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryAt").value("2026-12-09T13:40:00+08:00"));
    }
}
