package cn.incubator.platform.config;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * Gives every answer a response buffer of {@value #BYTES} bytes instead of Tomcat's 8 KB, so that an answer up to that
 * size (a page of 20 organizations is about 14 KB) leaves in one write with its {@code Content-Length}, not in 8 KB
 * chunks of a chunked encoding: one socket write here and one read and one write in the gateway instead of several.
 * Larger answers (exports, certificates) still stream, one buffer at a time.
 */
public final class ResponseBuffer implements Filter {

    static final int BYTES = 64 * 1024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response.getBufferSize() < BYTES) {
            response.setBufferSize(BYTES);
        }
        chain.doFilter(request, response);
    }
}
