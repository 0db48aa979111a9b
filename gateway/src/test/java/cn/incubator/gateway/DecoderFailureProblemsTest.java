package cn.incubator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseDecoder;
import io.netty.handler.codec.http.HttpServerCodec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the gateway answers to requests its HTTP decoder cannot read: problem documents, then the connection closes. */
class DecoderFailureProblemsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aRequestLineLongerThanTheLimitIsA414Problem() {
        FullHttpResponse response = answer("GET /api/registry/v1/organizations?q=" + "a".repeat(500)
                + " HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\n\r\n");

        assertThat(response.status().code()).isEqualTo(414);
        assertThat(response.headers().get("Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(response.content().toString(StandardCharsets.UTF_8));
        assertThat(problem.get("type").asString()).isEqualTo("urn:incubator:problem:uri-too-long");
        assertThat(problem.get("status").asInt()).isEqualTo(414);
        // The headers after an unreadable request line are never read: the answer is in the default language.
        assertThat(problem.get("title").asString()).isEqualTo("请求地址过长");
        assertThat(problem.get("requestId").asString()).isNotBlank();
    }

    @Test
    void headersLargerThanTheLimitAreA431Problem() {
        FullHttpResponse response = answer("GET /api/registry/v1/organizations HTTP/1.1\r\nHost: x\r\nX-Big: "
                + "b".repeat(500) + "\r\n\r\n");

        assertThat(response.status().code()).isEqualTo(431);
        assertThat(response.headers().get("Content-Type")).isEqualTo("application/problem+json");
        assertThat(JSON.readTree(response.content().toString(StandardCharsets.UTF_8)).get("title").asString())
                .isEqualTo("请求头过大");
    }

    @Test
    void aRequestTargetThatIsNoUriIsA400Problem() {
        FullHttpResponse response = answer("GET /api/a b|c^ HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(response.status().code()).isEqualTo(400);
        assertThat(response.headers().get("Content-Type")).isEqualTo("application/problem+json");
    }

    @Test
    void aReadableRequestPassesThrough() {
        EmbeddedChannel channel = channel();
        channel.writeInbound(Unpooled.copiedBuffer("GET /api/registry/v1/organizations?size=20 HTTP/1.1\r\nHost: x\r\n\r\n",
                StandardCharsets.US_ASCII));

        FullHttpRequest request = channel.readInbound();
        assertThat(request.uri()).isEqualTo("/api/registry/v1/organizations?size=20");
        assertThat((Object) channel.readOutbound()).isNull();
        request.release();
    }

    private static FullHttpResponse answer(String rawRequest) {
        EmbeddedChannel channel = channel();
        channel.writeInbound(Unpooled.copiedBuffer(rawRequest, StandardCharsets.US_ASCII));
        assertThat((Object) channel.readInbound()).as("nothing reaches the application").isNull();
        EmbeddedChannel client = new EmbeddedChannel(new HttpResponseDecoder(), new HttpObjectAggregator(65_536));
        for (ByteBuf out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
            client.writeInbound(out);
        }
        assertThat(channel.isOpen()).as("the connection is closed").isFalse();
        return client.readInbound();
    }

    private static EmbeddedChannel channel() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("incubator/platform-messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        GatewayProblems problems = new GatewayProblems(messages, JSON);
        // 200-byte limits stand for server.netty.max-initial-line-length and server.max-http-request-header-size.
        EmbeddedChannel channel = new EmbeddedChannel(new HttpServerCodec(200, 200, 8192),
                new DecoderFailureProblems.Handler(problems), new HttpObjectAggregator(65_536));
        return channel;
    }
}
