package org.healthedu.web.feedback;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.healthedu.feedback.FeedbackSettings;
import org.healthedu.web.api.Problem;
import org.healthedu.web.api.Problems;
import org.healthedu.web.i18n.Texts;

/**
 * Caps the body of public feedback requests (64 KB unless configured): a declared length over the cap is refused
 * before anything is read, a body without a declared length is read up to the cap and refused past it. 413 with a
 * problem body either way.
 */
@WebFilter("/api/v1/feedback/*")
public class FeedbackBodyLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        int limit = FeedbackSettings.current().maxRequestBytes();
        if (request.getContentLengthLong() > limit) {
            tooLarge(request, response, limit);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(limit + 1);
        }
        if (body.length > limit) {
            tooLarge(request, response, limit);
            return;
        }
        chain.doFilter(new Buffered(request, body), response);
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, int limit)
            throws IOException {
        Locale locale = request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE : request.getLocale();
        response.setHeader("Connection", "close");
        Problems.write(response, new Problem("urn:healthedu:problem:too-large",
                Texts.text(locale, "feedback.public.tooLarge.title"), 413,
                Texts.text(locale, "feedback.public.tooLarge", limit / 1024), "feedback.public.tooLarge", null));
    }

    /** The request with its body already read. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
