package id.serasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Bahasa Indonesia unless the user chose English, whatever the browser asks for. */
@Component
public class LanguageChoice implements VaadinServiceInitListener {

    static final String SESSION_KEY = "serasi.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(current()));
    }

    /** Remembered in a cookie for a year, so the choice survives sign-out and a new session. */
    static final String COOKIE = "serasi-lang";

    static Locale current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return MessagesI18NProvider.INDONESIAN;
    }

    static void choose(Locale locale) {
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, locale);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
    }

    /** The switch to the other language, as the staff frame and the public portal show it. */
    public static Button switchButton(Locale current) {
        boolean english = current.getLanguage().equals("en");
        Button language = new Button(english ? "Bahasa Indonesia" : "English", e -> {
            choose(english ? MessagesI18NProvider.INDONESIAN : Locale.ENGLISH);
            e.getSource().getUI().ifPresent(ui -> ui.getPage().reload());
        });
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language");
        return language;
    }
}
