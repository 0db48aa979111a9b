package cn.incubator.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * A path Spring Security's firewall refuses (an encoded slash, backslash, period or NUL, a {@code ..} segment) is a 400
 * problem document like every other bad input, not the container's error page. The gateway refuses the same paths
 * before forwarding; this covers a service called directly.
 */
public class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    private final Problems problems;
    private final LocaleResolver locales;
    private final JsonMapper json;

    public ProblemRequestRejectedHandler(Problems problems, LocaleResolver locales, JsonMapper json) {
        this.problems = problems;
        this.locales = locales;
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        // The rejected URI is not echoed as the instance: it is exactly what was found unsafe.
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "path-rejected", new Object[0],
                locales.resolveLocale(request), null);
        Problems.write(response, problem, json);
    }
}
