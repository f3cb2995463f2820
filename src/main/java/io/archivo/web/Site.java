package io.archivo.web;

import io.archivo.access.AccessPolicy;
import io.archivo.access.Caller;
import io.archivo.access.CurrentCaller;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** What every page shows about the request: who is signed in (and so whether drafts may appear). */
@RequestScoped
public class Site {

    @Inject
    CurrentCaller current;

    private Caller caller;

    public Caller caller() {
        if (caller == null) {
            caller = current.forPage();
        }
        return caller;
    }

    public TemplateInstance page(TemplateInstance page) {
        Caller c = caller();
        String who = c.isAnonymous() ? null
                : c.name() + (c.isAdmin() ? " (administración: ve todo)"
                        : AccessPolicy.seesBeyondPublic(c) ? " (edición: ve los borradores de sus dependencias)" : "");
        return page.data("who", who).data("signOut", who != null && current.hasWebSession());
    }
}
