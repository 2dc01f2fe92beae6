package com.inferplan.backend.support;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Bean-validation of a form or request body, reported as field problems (same rules as the UI's binder). */
@Component
public class DraftValidator {

    private final Validator validator;

    public DraftValidator(Validator validator) {
        this.validator = validator;
    }

    public void requireValid(Object draft) {
        List<FieldProblem> problems = validator.validate(draft).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getInvalidValue(), v.getMessage()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
