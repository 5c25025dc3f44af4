package id.serasi.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The UI reads the same bundles as the server's messages: Bahasa Indonesia first, English beside it. */
@Component
public class MessagesI18NProvider implements I18NProvider {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final MessageSource messages;

    MessagesI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(INDONESIAN, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params, "!" + key + "!", locale == null ? INDONESIAN : locale);
    }
}
