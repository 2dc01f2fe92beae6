package com.inferplan.ui.explorer;

import com.inferplan.engine.serving.SimulationCancelledException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs one computation for the page at a time in the background. A new request cancels the one
 * running; results of a superseded run are dropped. Answers within {@link #QUIET_MILLIS} appear without
 * any indicator; a slower one shows a progress bar with a Cancel button.
 */
public class BackgroundAnswer extends Div {

    /** The explorer's latency budget for a live answer: below it nothing flickers. */
    static final long QUIET_MILLIS = 200;

    /** The work, given a flag it must poll and stop at (the simulator does, via its RunControl). */
    public interface Work {
        void run(BooleanSupplier cancelled, Consumer<Runnable> deliver);
    }

    private final ScheduledExecutorService executor;
    private final Span label = new Span("Computing…");
    private AtomicBoolean running = new AtomicBoolean();
    private int generation;

    public BackgroundAnswer(ScheduledExecutorService executor, Consumer<String> onCancelled) {
        this.executor = executor;
        setId("explorer-progress");
        addClassName("ipx-progress");
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setWidth("12em");
        Button cancel = new Button("Cancel", e -> {
            running.set(true);
            generation++;
            setVisible(false);
            onCancelled.accept("Cancelled: the answer shown is for the previous inputs.");
        });
        cancel.setId("explorer-cancel");
        add(label, bar, cancel);
        setVisible(false);
    }

    /**
     * Starts {@code work}; what it passes to {@code deliver} runs in the UI, only if no newer run started.
     * {@code failed} receives its exception in the UI.
     */
    public void start(UI ui, Work work, Consumer<RuntimeException> failed) {
        running.set(true);
        AtomicBoolean cancelled = new AtomicBoolean();
        running = cancelled;
        int run = ++generation;
        AtomicBoolean finished = new AtomicBoolean();
        executor.schedule(() -> ui.access(() -> {
            if (run == generation && !finished.get()) {
                setVisible(true);
            }
        }), QUIET_MILLIS, TimeUnit.MILLISECONDS);
        executor.execute(() -> {
            Consumer<Runnable> deliver = update -> ui.access(() -> {
                if (run == generation) {
                    update.run();
                }
            });
            try {
                work.run(cancelled::get, deliver);
            } catch (SimulationCancelledException superseded) {
                // a newer run or the Cancel button stopped this one; nothing to show
            } catch (RuntimeException e) {
                deliver.accept(() -> failed.accept(e));
            } finally {
                finished.set(true);
                deliver.accept(() -> setVisible(false));
            }
        });
    }
}
