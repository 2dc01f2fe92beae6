package com.inferplan.backend.web;

import com.inferplan.backend.support.EditConflictException;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.NotFoundException;
import com.inferplan.db.support.StaleVersionException;
import com.inferplan.engine.model.ContextLengthException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every API error as RFC 7807 problem details; field errors listed under {@code errors}. Ordered
 * first so that it, not Boot's generic problem-details handler, answers unreadable bodies.
 */
@RestControllerAdvice(basePackages = "com.inferplan.backend")
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage(), "invalid-input");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "rejectedValue", String.valueOf(p.rejectedValue()), "message", p.message()))
                .toList());
        return problem;
    }

    /** A length past a model's context that no service translated: still a 400 naming the field. */
    @ExceptionHandler(ContextLengthException.class)
    ProblemDetail tooLong(ContextLengthException e) {
        return invalid(new InvalidInputException(e.field(), e.requestedTokens(), e));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), "not-found");
    }

    @ExceptionHandler({EditConflictException.class, StaleVersionException.class})
    ProblemDetail conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Edit conflict", e.getMessage(), "edit-conflict");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String detail = e.getMostSpecificCause().getMessage();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unreadable request body",
                detail == null ? "the body is not valid JSON for this endpoint" : firstLine(detail), "unreadable-body");
        problem.setProperty("errors", List.of());
        return problem;
    }

    /**
     * The database cannot be reached (restarting, down, network cut): 503 with Retry-After and no
     * internals, so that clients retry rather than report a bug. A lost connection arrives as
     * Spring's resource failures (among them {@code CannotGetJdbcConnectionException}, and a pool
     * timeout), as a transaction that could not start, or untranslated from jOOQ; for the last two,
     * anything other than a lost connection is rethrown to the usual handling.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
        CannotCreateTransactionException.class, org.jooq.exception.DataAccessException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e) {
        boolean connectionLost = false;
        for (Throwable t = e; t != null && !connectionLost; t = t.getCause()) {
            connectionLost = t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException
                    // SQL state class 08: connection exception; 57P01-57P03: server shutting down or starting up.
                    || t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
        }
        if (!connectionLost) {
            throw e;
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
                        "the database is unavailable; try again shortly", "database-unavailable"));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:inferplan:problem:" + type));
        return problem;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
