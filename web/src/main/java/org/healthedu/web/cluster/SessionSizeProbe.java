package org.healthedu.web.cluster;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Measures what a cluster copies: after each page request, when the system property {@code healthedu.session.measure}
 * is true (off by default; the cluster proof turns it on), logs the size of every session attribute written with Java
 * serialization as one {@code SESSION-BYTES} line. Infinispan's own marshalling is usually smaller, so these are upper
 * bounds. The line names the page and the attributes, never their values.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class SessionSizeProbe extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionSizeProbe.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (!Boolean.getBoolean("healthedu.session.measure")) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            Map<String, Long> sizes = new TreeMap<>();
            long total = 0;
            for (String name : Collections.list(session.getAttributeNames())) {
                long size = size(session.getAttribute(name));
                sizes.put(name, size);
                total += size;
            }
            LOG.log(Level.INFO, "SESSION-BYTES {0} total={1} {2}",
                    new Object[] {request.getRequestURI(), String.valueOf(total), sizes});
        } catch (IllegalStateException e) {
            // the session ended during the request (logout)
        }
    }

    /** The bytes {@code value} takes in Java serialization; -1 when it cannot be serialized (a cluster bug). */
    static long size(Object value) {
        Counter counter = new Counter();
        try (ObjectOutputStream out = new ObjectOutputStream(counter)) {
            out.writeObject(value);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "a session attribute cannot be serialized: {0}", e.toString());
            return -1;
        }
        return counter.bytes;
    }

    private static final class Counter extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
