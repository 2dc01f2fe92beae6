package com.inferplan.backend.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The REST API is stateless (no session cookie), but a browser may still attach Basic credentials
 * it remembers to a forged cross-site form. Browsers label such requests {@code Sec-Fetch-Site:
 * cross-site}; a state-changing one is refused (fetch-metadata resource isolation).
 */
public class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ProblemResponses problems;

    public CrossSiteRequestFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && "cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            problems.write(response, HttpStatus.FORBIDDEN, "Cross-site request refused", "cross-site",
                    "a page on another site cannot change data here; call the API from your own client");
            return;
        }
        chain.doFilter(request, response);
    }
}
