package com.inferplan.engine.loadtest;

import com.inferplan.engine.serving.SimulationResult;

/** Hears a {@link LoadStudy} on its simulating thread: overall progress, and the main run as soon as it ends. */
public interface StudyListener {

    /** @param fractionDone of the whole study, in [0, 1] */
    void progress(StudyPhase phase, double fractionDone);

    void mainRunFinished(SimulationResult mainRun);
}
