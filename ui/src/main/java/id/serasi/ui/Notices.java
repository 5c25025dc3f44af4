package id.serasi.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages to the user, in their language, that say what happened and what to do next. */
public final class Notices {

    private Notices() {
    }

    public static void success(String text) {
        show(text, NotificationVariant.LUMO_SUCCESS, 4000);
    }

    public static void error(String text) {
        show(text, NotificationVariant.LUMO_ERROR, 8000);
    }

    public static void warning(String text) {
        show(text, NotificationVariant.LUMO_WARNING, 8000);
    }

    private static void show(String text, NotificationVariant variant, int millis) {
        Notification notification = Notification.show(text, millis, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.addClassName("serasi-notice");
    }
}
