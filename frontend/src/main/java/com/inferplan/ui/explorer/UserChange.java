package com.inferplan.ui.explorer;

import com.vaadin.flow.component.HasValue;

/** Reacts to a person's edits only: values the page sets while restoring a scenario must not recompute. */
final class UserChange {

    private UserChange() {
    }

    static void on(HasValue<?, ?> field, Runnable action) {
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                action.run();
            }
        });
    }
}
