package com.inferplan.backend.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 of the REST API as RFC 7807 problem details, like every other API error. */
@Component
public class ProblemResponses {

    private final ObjectMapper mapper;

    public ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            if (e instanceof InternalAuthenticationServiceException) {
                // The user store (the database) did not answer: the credentials were never checked.
                databaseUnavailable(response);
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"InferPlan API\", charset=\"UTF-8\"");
            write(response, HttpStatus.UNAUTHORIZED, "Sign-in required", "unauthorized",
                    "send HTTP Basic credentials or a personal API token (Authorization: Bearer ipt_…)");
        };
    }

    public AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, "Not allowed", "forbidden",
                "your role does not allow this request (" + request.getMethod() + " " + request.getRequestURI()
                        + "); viewers read and explore, analysts also save, admins also manage users and the audit");
    }

    /** 503 with Retry-After: the request may well succeed once the database is back. */
    public void databaseUnavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "5");
        write(response, HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable", "database-unavailable",
                "the database is unavailable; try again shortly");
    }

    public void write(HttpServletResponse response, HttpStatus status, String title, String type, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:inferplan:problem:" + type));
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        mapper.writeValue(response.getOutputStream(), problem);
    }
}
