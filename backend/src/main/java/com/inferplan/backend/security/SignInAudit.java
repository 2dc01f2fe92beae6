package com.inferplan.backend.security;

import com.inferplan.backend.audit.AuditService;
import com.inferplan.backend.audit.AuditedChange;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins, failed attempts and sign-outs in the audit trail. REST calls authenticate on every
 * request, so only interactive (login form) successes are recorded; every failure is.
 */
@Component
public class SignInAudit {

    private static final String ENTITY = "session";

    private final AuditService audit;

    public SignInAudit(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    public void signedIn(InteractiveAuthenticationSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), "sign-in", AuditedChange.note(ENTITY, null, "signed in"));
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        audit.recordAs(String.valueOf(event.getAuthentication().getName()), "sign-in-failed",
                AuditedChange.note(ENTITY, null, event.getException().getMessage()));
    }

    @EventListener
    public void signedOut(LogoutSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), "sign-out", AuditedChange.note(ENTITY, null, "signed out"));
    }
}
