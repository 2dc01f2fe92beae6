package com.inferplan.engine.loadtest;

/** The planner found no layout of the model on the chosen chips; the message is the planner's reason. */
public final class DeploymentDoesNotFitException extends RuntimeException {

    private final String reason;

    public DeploymentDoesNotFitException(DeploymentChoice choice, String reason) {
        super(choice.model().id() + " on " + (choice.chips() == null ? "" : choice.chips() + " × ")
                + choice.hardware().id() + " does not fit: " + reason);
        this.reason = reason;
    }

    /** The planner's reason alone (which tier overflows, by how much). */
    public String reason() {
        return reason;
    }
}
