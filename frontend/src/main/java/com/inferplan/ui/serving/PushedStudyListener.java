package com.inferplan.ui.serving;

import com.inferplan.engine.loadtest.StudyListener;
import com.inferplan.engine.loadtest.StudyPhase;
import com.inferplan.engine.serving.SimulationResult;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import java.util.function.Consumer;

/**
 * Carries a study's events from its simulating thread to the page by server push. Progress is sent when
 * it has moved by a percent or the phase changed: the simulator reports every few thousand events,
 * far more often than a person can see.
 */
final class PushedStudyListener implements StudyListener {

    private static final double STEP = 0.01;

    private final UI ui;
    private final RunPanel panel;
    private final Consumer<SimulationResult> mainRun;
    private StudyPhase shownPhase;
    private double shownFraction = -1;

    PushedStudyListener(UI ui, RunPanel panel, Consumer<SimulationResult> mainRun) {
        this.ui = ui;
        this.panel = panel;
        this.mainRun = mainRun;
    }

    @Override
    public void progress(StudyPhase phase, double fractionDone) {
        if (phase == shownPhase && fractionDone - shownFraction < STEP) {
            return;
        }
        shownPhase = phase;
        shownFraction = fractionDone;
        push(ui, () -> panel.progress(phase, fractionDone));
    }

    @Override
    public void mainRunFinished(SimulationResult result) {
        push(ui, () -> mainRun.accept(result));
    }

    /** Runs {@code change} in the page's session; a page already closed has nothing left to update. */
    static void push(UI ui, Command change) {
        if (ui.isAttached()) {
            ui.access(change);
        }
    }
}
