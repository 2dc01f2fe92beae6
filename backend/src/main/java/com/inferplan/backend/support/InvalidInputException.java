package com.inferplan.backend.support;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be saved or computed; nothing was changed. Carries every problem found. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, Object value, String message) {
        this(List.of(new FieldProblem(field, value, message)));
    }

    /** One problem with the engine exception behind it kept as the cause (views read its suggestion). */
    public InvalidInputException(String field, Object value, RuntimeException cause) {
        this(List.of(new FieldProblem(field, value, cause.getMessage())));
        initCause(cause);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
