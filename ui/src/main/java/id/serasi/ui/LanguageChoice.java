package id.serasi.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Bahasa Indonesia unless the user chose English in this session, whatever the browser asks for. */
@Component
class LanguageChoice implements VaadinServiceInitListener {

    static final String SESSION_KEY = "serasi.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(current()));
    }

    static Locale current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : MessagesI18NProvider.INDONESIAN;
    }

    static void choose(Locale locale) {
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, locale);
    }
}
