package com.inferplan.ui.explorer;

import com.inferplan.engine.serving.SimulationCancelledException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.VaadinSession;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs one computation for the page at a time in the background. A new request cancels the one
 * running; results of a superseded run are dropped. Answers within {@link #QUIET_MILLIS} appear without
 * any indicator; a slower one shows a progress bar with a Cancel button, which goes as soon as the
 * first part of the answer (the headline) is on screen: the charts that follow are not worth a strip
 * that would appear after the answer. The strip floats over the page (CSS), so it moves nothing. The
 * request that starts a run waits briefly for its first part and shows it in its own response
 * ({@link FirstPart}); later parts, and a first part that takes longer, come by push.
 */
public class BackgroundAnswer extends Div {

    /** Below this nothing flickers: answers take 150 ms at the median, a strip for them would only flash. */
    static final long QUIET_MILLIS = 300;

    /**
     * How long the request that started a run waits for its first part, to show it in its own response
     * (a typical answer takes 20-60 ms; a slower one comes by push as before, nothing is lost).
     */
    static final long INLINE_MILLIS = 150;

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
        start(ui, work, failed, () -> { });
    }

    /** As {@link #start(UI, Work, Consumer)}, doing {@code meanwhile} in the request while the work runs. */
    public void start(UI ui, Work work, Consumer<RuntimeException> failed, Runnable meanwhile) {
        running.set(true);
        AtomicBoolean cancelled = new AtomicBoolean();
        running = cancelled;
        int run = ++generation;
        // Set in the UI when the first update is shown; read there too, so the strip cannot follow it.
        AtomicBoolean answered = new AtomicBoolean();
        executor.schedule(() -> ui.access(() -> {
            if (run == generation && !answered.get()) {
                setVisible(true);
            }
        }), QUIET_MILLIS, TimeUnit.MILLISECONDS);
        FirstPart first = new FirstPart();
        executor.execute(() -> {
            Consumer<Runnable> deliver = update -> {
                Runnable show = () -> {
                    answered.set(true);
                    if (run == generation) {
                        setVisible(false);
                        update.run();
                    }
                };
                if (first.offer(show)) {
                    afterResponse(ui);
                } else {
                    ui.access(show::run);
                }
            };
            try {
                work.run(cancelled::get, deliver);
            } catch (SimulationCancelledException superseded) {
                // a newer run or the Cancel button stopped this one; nothing to show
            } catch (RuntimeException e) {
                deliver.accept(() -> failed.accept(e));
            } finally {
                deliver.accept(() -> { });
            }
        });
        meanwhile.run();
        first.awaitAndShow(INLINE_MILLIS);
    }

    /**
     * Waits until the request that shows the first part has built its response (it holds the session lock
     * until then). Computing the next part meanwhile took the CPU that response needed on 2 cores, and a
     * part finished before it was sent by push ahead of it, so the headline waited for the charts.
     */
    private static void afterResponse(UI ui) {
        VaadinSession session = ui.getSession();
        session.lock();
        session.unlock();
    }
}
