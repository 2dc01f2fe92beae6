package com.inferplan.backend.web;

import com.inferplan.backend.support.DuplicateIdException;
import com.inferplan.backend.support.EditConflictException;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.NotFoundException;
import com.inferplan.backend.work.TooManyRequestsException;
import com.inferplan.backend.work.WorkBudgetExceededException;
import com.inferplan.db.support.StaleVersionException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.inferplan.backend.support.JsonFieldErrors;
import com.inferplan.engine.model.ContextLengthException;
import java.net.URI;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
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

    private static final int MAX_TEXT_CHARS = 400;
    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage(), "invalid-input");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", cut(p.field()), "rejectedValue", p.shownValue(), "message", cut(p.message())))
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
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimit.BodyTooLargeException) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
                        "Request body too large", RequestBodyLimit.tooLarge(), "body-too-large"));
            }
        }
        InvalidInputException invalid = e.getCause() instanceof JsonProcessingException json
                ? JsonFieldErrors.of(json, "")
                : new InvalidInputException("body", null, "is missing or is not JSON");
        return ResponseEntity.badRequest().body(invalid(invalid));
    }

    /** The engine's own range checks, which name the field they reject. */
    @ExceptionHandler(com.inferplan.engine.serving.validation.InvalidInputException.class)
    ProblemDetail invalidEngineInput(com.inferplan.engine.serving.validation.InvalidInputException e) {
        return invalid(new InvalidInputException(e.field(), e.value(), e.reason()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType() == null ? String.class : e.getRequiredType();
        return invalid(new InvalidInputException(e.getName(), e.getValue(), JsonFieldErrors.expected(type)));
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", String.valueOf(TooManyRequestsException.RETRY_AFTER_SECONDS))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many computations", e.getMessage(), "too-many-requests"));
    }

    @ExceptionHandler(WorkBudgetExceededException.class)
    ResponseEntity<ProblemDetail> overBudget(WorkBudgetExceededException e) {
        return ResponseEntity.unprocessableEntity()
                .body(problem(HttpStatus.UNPROCESSABLE_ENTITY, "Computation too large", e.getMessage(), "work-budget"));
    }

    @ExceptionHandler(DuplicateIdException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateIdException e) {
        ProblemDetail problem = invalid(e);
        problem.setStatus(HttpStatus.CONFLICT);
        problem.setTitle("Already exists");
        problem.setType(URI.create("urn:inferplan:problem:duplicate-id"));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** Two creates of one id raced past the services' check; the database's key let one through. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicateKey(DuplicateKeyException e) {
        return duplicate(new DuplicateIdException("id", "", "was just created by another request"));
    }

    /**
     * Anything else: Spring's own web errors keep their status and problem body; authorization failures
     * go on to Spring Security; a defect is logged with an incident id and answered without internals.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e;
        }
        if (e instanceof ErrorResponse web) {
            return ResponseEntity.status(web.getStatusCode()).headers(web.getHeaders()).body(web.getBody());
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("incident {}: unexpected error answering an API request", incident, e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "the server could not answer this request; incident " + incident, "internal-error");
        problem.setProperty("incident", incident);
        return ResponseEntity.internalServerError().body(problem);
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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, cut(detail));
        problem.setTitle(title);
        problem.setType(URI.create("urn:inferplan:problem:" + type));
        return problem;
    }


    /** An error never carries a large input back: texts that quote one are cut. */
    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT_CHARS ? text : text.substring(0, MAX_TEXT_CHARS) + "…";
    }
}
