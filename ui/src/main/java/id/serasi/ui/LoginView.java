package id.serasi.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.serasi.ui.portal.ReportFormView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in of the embedded default: the realm file's users, checked locally (development mode). With Keycloak the
 * page does not exist: whoever asks for it is sent to Keycloak's sign-in.
 */
@Route("login")
@PageTitle("Serasi")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final boolean keycloak;

    public LoginView(@Value("${serasi.identity:local}") String identity) {
        this.keycloak = UiSecurityConfiguration.KEYCLOAK.equals(identity);
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        Paragraph devMode = new Paragraph(getTranslation("login.devMode"));
        devMode.getStyle().set("color", "var(--lumo-warning-text-color, #8a5a00)").set("max-width", "24em");
        RouterLink portal = new RouterLink(getTranslation("login.portal"), ReportFormView.class);
        portal.setId("portal-link");
        add(new H1("Serasi"), new Paragraph(getTranslation("app.tagline")), login, portal, devMode);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (keycloak) {
            event.forwardToUrl("/oauth2/authorization/" + UiSecurityConfiguration.KEYCLOAK);
            return;
        }
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed && VaadinSession.getCurrent() != null && VaadinSession.getCurrent().getSession()
                .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setMessage(getTranslation("login.error.throttled"));
            login.setI18n(i18n);
        }
        login.setError(failed);
    }
}
