package cn.incubator.platform.problem;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat answers itself, before any Spring code runs (a request target with {@code %00} or an encoded slash,
 * headers it cannot parse), as a problem document instead of its HTML error page. Answers the application wrote
 * are left alone: the valve only reports an error nobody wrote a body for.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private final Problems problems;
    private final JsonMapper json;

    public ProblemErrorReportValve(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String slug = known == HttpStatus.BAD_REQUEST ? "bad-request"
                : known == null ? "http-" + status : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
        Locale locale = request.getLocale() == null ? Locale.SIMPLIFIED_CHINESE : request.getLocale();
        // No instance: the request target is what Tomcat could not accept, and is not echoed.
        ProblemDetail problem = problems.of(HttpStatus.valueOf(status), slug, new Object[0], locale, null);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            OutputStream out = response.getOutputStream();
            json.writeValue(out, problem);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was already written: nothing more to say.
        }
    }

    /**
     * Replaces the error report valve of the service's Tomcat host (Spring Boot's, or Tomcat's default) with this
     * one. Runs after Spring Boot's own Tomcat customizer, which adds its valve.
     */
    public static WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> installer(Problems problems,
            JsonMapper json) {
        return new Installer(problems, json);
    }

    private record Installer(Problems problems, JsonMapper json)
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                var pipeline = context.getParent().getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                if (context.getParent() instanceof StandardHost host) {
                    // Otherwise the host adds Tomcat's own valve at start, since it looks for that exact class.
                    host.setErrorReportValveClass("");
                }
                ProblemErrorReportValve valve = new ProblemErrorReportValve(problems, json);
                valve.setShowReport(false);
                valve.setShowServerInfo(false);
                pipeline.addValve(valve);
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
