package id.serasi.atensi;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The colleagues a note names as {@code @username}. */
public final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([a-z0-9][a-z0-9._-]*[a-z0-9])");

    private Mentions() {
    }

    public static Set<String> in(String text) {
        Set<String> usernames = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text == null ? "" : text);
        while (m.find()) {
            usernames.add(m.group(1));
        }
        return usernames;
    }
}
