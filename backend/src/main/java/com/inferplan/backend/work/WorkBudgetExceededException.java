package com.inferplan.backend.work;

import java.time.Duration;

/** A computation stopped at its time budget; the answer says what to ask for instead (422). */
public class WorkBudgetExceededException extends RuntimeException {

    public WorkBudgetExceededException(String what, Duration budget) {
        super(what + " needs more than the " + budget.toSeconds() + " s a request may compute; "
                + "ask for fewer requests, a lower rate or a smaller search");
    }
}
