package cn.incubator.gateway;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.UUID;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Requests the HTTP decoder could not read never reach WebFlux: reactor-netty would answer them itself, with an empty
 * body. This handler, placed right after the decoder, answers them as problem documents instead: 414 for a request
 * line longer than {@code server.netty.max-initial-line-length}, 431 for headers larger than
 * {@code server.max-http-request-header-size}, 400 for anything else unreadable (including a request target that is
 * not a URI). The connection is closed afterwards, since the rest of what the client sent cannot be trusted.
 */
@Component
class DecoderFailureProblems implements NettyServerCustomizer {

    static final String HANDLER = "incubator.decoderFailureProblems";

    private final GatewayProblems problems;

    DecoderFailureProblems(GatewayProblems problems) {
        this.problems = problems;
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remote) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null && channel.pipeline().get(HANDLER) == null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, HANDLER, new Handler(problems));
            }
        });
    }

    /** One per connection: it keeps whether the connection's current request was refused. */
    static final class Handler extends ChannelInboundHandlerAdapter {

        private final GatewayProblems problems;
        /** After a refused request, what still arrives of it is dropped until the connection closes. */
        private boolean refused;

        Handler(GatewayProblems problems) {
            this.problems = problems;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (refused) {
                ReferenceCountUtil.release(msg);
                return;
            }
            if (msg instanceof HttpRequest request) {
                HttpStatus status = statusFor(request);
                if (status != null) {
                    refused = true;
                    String acceptLanguage = request.headers().get(HttpHeaderNames.ACCEPT_LANGUAGE);
                    ReferenceCountUtil.release(msg);
                    refuse(ctx, status, acceptLanguage);
                    return;
                }
            } else if (msg instanceof HttpContent content && content.decoderResult().isFailure()) {
                // A body the decoder failed on (e.g. a broken chunk); the request itself was already passed on.
                ReferenceCountUtil.release(msg);
                refused = true;
                ctx.close();
                return;
            }
            ctx.fireChannelRead(msg);
        }

        private static HttpStatus statusFor(HttpRequest request) {
            if (request.decoderResult().isFailure()) {
                Throwable cause = request.decoderResult().cause();
                if (cause instanceof TooLongHttpLineException) {
                    return HttpStatus.URI_TOO_LONG;
                }
                if (cause instanceof TooLongHttpHeaderException) {
                    return HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
                }
                return cause instanceof TooLongFrameException ? HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE
                        : HttpStatus.BAD_REQUEST;
            }
            try {
                new URI(request.uri());
                return null;
            } catch (URISyntaxException e) {
                return HttpStatus.BAD_REQUEST;
            }
        }

        private void refuse(ChannelHandlerContext ctx, HttpStatus status, String acceptLanguage) {
            String slug = switch (status) {
                case URI_TOO_LONG -> "uri-too-long";
                case REQUEST_HEADER_FIELDS_TOO_LARGE -> "headers-too-large";
                default -> "unreadable-request";
            };
            String requestId = UUID.randomUUID().toString();
            byte[] body = problems.body(status, slug, GatewayProblems.locale(acceptLanguage), null, requestId);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.valueOf(status.value()), Unpooled.wrappedBuffer(body));
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                    .set(RequestIdFilter.HEADER, requestId);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
