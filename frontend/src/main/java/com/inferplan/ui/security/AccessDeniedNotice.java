package com.inferplan.ui.security;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A click that the services refuse for the user's role (a viewer pressing Save) ends in a clear
 * notice, not an error page: the services' rules are the ones that count, the UI only explains them.
 */
@Component
public class AccessDeniedNotice implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(AccessDeniedNotice::handle));
    }

    private static void handle(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        while (cause != null && !(cause instanceof AccessDeniedException)) {
            cause = cause.getCause();
        }
        if (cause == null) {
            new DefaultErrorHandler().error(event);
            return;
        }
        Notification notice = Notification.show("Your role does not allow this. Viewers read and explore; saving"
                + " needs the analyst role (ask an admin).", 6000, Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
