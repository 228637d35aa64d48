package id.ekinerja.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PostConstructApplicationEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Asks Faces once, at start and on one thread, whether state is saved in the client (registered for
 * {@link PostConstructApplicationEvent} in faces-config.xml).
 * <p>
 * Why: {@code StateManager.isSavingStateInClient} reads the setting lazily, and on its first call stores
 * {@code false} before it stores {@code true}. Requests arriving together right after a start could read that
 * {@code false}, and OmniFaces then refused every page bean kept in the page state with an HTTP 500 (seen once in
 * the security suite, first requests after a deployment). Answered here, every request reads the settled value.
 */
public class ClientStateSettled implements SystemEventListener {

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!context.getApplication().getStateManager().isSavingStateInClient(context)) {
            throw new IllegalStateException("jakarta.faces.STATE_SAVING_METHOD must be client: page beans keep their"
                    + " state in the page (OmniFaces @ViewScoped(saveInViewState = true))");
        }
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }
}
