package com.inferplan.engine.loadtest;

/** The steps of a {@link LoadStudy}, in order. */
public enum StudyPhase {
    MAIN_RUN("Simulating the requested load"),
    MAX_RATE_SEARCH("Finding the highest rate that meets the SLO"),
    LOAD_SWEEP("Sweeping load up to that rate");

    private final String label;

    StudyPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
