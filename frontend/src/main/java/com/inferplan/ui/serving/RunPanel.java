package com.inferplan.ui.serving;

import com.inferplan.engine.loadtest.StudyPhase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** Run and Cancel, the progress bar and one status line saying what the study is doing or did. */
class RunPanel extends Div {

    final Button run = new Button("Run");
    final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span status = new Span();

    RunPanel() {
        addClassName("ip-load-run");
        setId("lt-run-panel");
        run.setId("lt-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setId("lt-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.setEnabled(false);
        progress.setId("lt-progress");
        progress.setVisible(false);
        status.setId("lt-status");
        status.addClassName("ip-load-status");
        add(run, cancel, progress, status);
    }

    void started() {
        run.setEnabled(false);
        cancel.setEnabled(true);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText("Starting…");
        getElement().setAttribute("data-state", "running");
    }

    void progress(StudyPhase phase, double fraction) {
        progress.setValue(Math.max(0, Math.min(1, fraction)));
        status.setText(phase.label() + "… " + Math.round(100 * fraction) + "%");
        getElement().setAttribute("data-phase", phase.name().toLowerCase(java.util.Locale.ROOT));
    }

    void cancelling() {
        cancel.setEnabled(false);
        status.setText("Cancelling…");
    }

    void finished(String state, String message) {
        run.setEnabled(true);
        cancel.setEnabled(false);
        progress.setVisible(!state.equals("done") && !state.equals("invalid"));
        status.setText(message);
        getElement().setAttribute("data-state", state);
    }
}
