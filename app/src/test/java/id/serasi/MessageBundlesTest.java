package id.serasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message has both languages, and every key the code uses exists. */
class MessageBundlesTest {

    static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void indonesianAndEnglishHaveTheSameKeysAndTheDefaultIsIndonesian() throws Exception {
        Properties id = load("messages_id.properties");
        Properties en = load("messages_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(id.stringPropertyNames()));
        assertThat(load("messages.properties")).isEqualTo(id);
    }

    @Test
    void everyMessageKeyInTheCodeHasAMessage() throws Exception {
        Properties id = load("messages_id.properties");
        Pattern key = Pattern.compile("\"((?:validation|registration|task|approval|case|document|assign|note)\\.[a-zA-Z.]+)\"");
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(source));
                while (m.find()) {
                    String k = m.group(1);
                    if (!k.endsWith(".") && !id.containsKey(k) && !k.matches("validation\\.(nik|kk)")) {
                        missing.add(k + " in " + source.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
