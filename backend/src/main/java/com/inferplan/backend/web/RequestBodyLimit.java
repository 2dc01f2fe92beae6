package com.inferplan.backend.web;

import com.inferplan.backend.security.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API request bodies are at most {@link #MAX_BYTES} (decision 0811): a declared larger body is
 * answered 413 before it is read; an undeclared (chunked) one stops being read at the limit and its
 * request fails as {@link BodyTooLargeException}, which the error handler also answers 413.
 */
public class RequestBodyLimit extends OncePerRequestFilter {

    /** 1 MiB: the largest legitimate body (a model's config.json inline) is well under 100 KB. */
    public static final long MAX_BYTES = 1L << 20;

    private final ProblemResponses problems;

    public RequestBodyLimit(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large", "body-too-large",
                    tooLarge());
            return;
        }
        chain.doFilter(new Limited(request), response);
    }

    static String tooLarge() {
        return "the request body is larger than " + MAX_BYTES / 1024 + " KiB, the most this API reads";
    }

    /** Thrown while reading a body past the limit. */
    public static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super(tooLarge());
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws BodyTooLargeException {
                    read += n;
                    if (read > MAX_BYTES) {
                        throw new BodyTooLargeException();
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
