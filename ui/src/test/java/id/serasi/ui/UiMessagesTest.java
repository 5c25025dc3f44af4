package id.serasi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasi.atensi.AfterCareOutcome;
import id.serasi.atensi.ApprovalSubject;
import id.serasi.atensi.CareSetting;
import id.serasi.atensi.Decision;
import id.serasi.atensi.IntakeChannel;
import id.serasi.atensi.Outcome;
import id.serasi.atensi.PlanStatus;
import id.serasi.atensi.ServiceForm;
import id.serasi.atensi.Stage;
import id.serasi.atensi.TargetGroup;
import id.serasi.atensi.TerminationReason;
import id.serasi.beneficiary.Gender;
import id.serasi.tasks.TaskFilter;
import id.serasi.whistleblowing.Conclusion;
import id.serasi.whistleblowing.ReportCategory;
import id.serasi.whistleblowing.ReportChannel;
import id.serasi.whistleblowing.ReportStatus;
import id.serasi.whistleblowing.ScreeningResult;
import id.serasi.whistleblowing.Severity;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the views show exists in Bahasa Indonesia and in English. */
class UiMessagesTest {

    static Properties bundle(String name) throws Exception {
        Properties properties = new Properties();
        try (var in = UiMessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static Set<String> keysUsedByTheViews() throws Exception {
        Set<String> keys = new TreeSet<>();
        Pattern literal = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9.]+[a-zA-Z0-9])\"");
        Pattern field = Pattern.compile("\\b(?:text|line|date|yesNo|several|choice|radios|field)\\(\"([a-zA-Z]+)\"\\s*[,)]");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher m = literal.matcher(code);
                while (m.find()) {
                    keys.add(m.group(1));
                }
                Matcher f = field.matcher(code);
                while (f.find()) {
                    keys.add("form." + f.group(1));
                }
            }
        }
        for (int element = 1; element <= 9; element++) {
            keys.add("form.answer" + element);
        }
        for (int score = 1; score <= 4; score++) {
            keys.add("form.skm.scale." + score);
        }
        for (Class<? extends Enum<?>> type : List.of(Stage.class, Outcome.class, TargetGroup.class, CareSetting.class,
                IntakeChannel.class, ServiceForm.class, TerminationReason.class, PlanStatus.class, Decision.class,
                AfterCareOutcome.class, ApprovalSubject.class, Gender.class, ReportCategory.class, ReportStatus.class,
                ReportChannel.class, Severity.class, Conclusion.class, ScreeningResult.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                keys.add("enum." + type.getSimpleName() + "." + constant.name());
            }
        }
        for (ReportStatus status : ReportStatus.values()) {
            keys.add("portal.status." + status.forReporter());
        }
        for (TaskFilter.Due due : TaskFilter.Due.values()) {
            keys.add("tasks.filter.due." + due);
        }
        for (String priority : List.of("DARURAT", "TINGGI", "SEDANG")) {
            keys.add("enum.Priority." + priority);
        }
        // an audit line's action is written where it is recorded, or (retention) named by its case type
        Pattern audit = Pattern.compile("\\.record\\([^,]+, \"([A-Z_]+)\"|removedAction\\(\\) \\{\\s*return \"([A-Z_]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("../app/src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = audit.matcher(Files.readString(source));
                while (m.find()) {
                    keys.add("audit." + (m.group(1) != null ? m.group(1) : m.group(2)));
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyHasBothLanguages() throws Exception {
        Set<String> used = keysUsedByTheViews();
        assertThat(used).hasSizeGreaterThan(150);
        for (String name : List.of("messages_id.properties", "messages_en.properties")) {
            Properties bundle = bundle(name);
            assertThat(used.stream().filter(k -> !bundle.containsKey(k)).toList()).as("missing in " + name).isEmpty();
        }
    }
}
