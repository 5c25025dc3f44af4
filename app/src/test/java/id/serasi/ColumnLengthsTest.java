package id.serasi;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.serasi.atensi.AtensiLimits;
import id.serasi.common.LengthOf;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * One place declares each text limit ({@link LengthOf} on a feature's constant); the forms and the input records
 * use the constant, and this test holds it to the length of its columns after the migrations, on H2 and on the
 * machine's PostgreSQL. A new text column that user input reaches needs a declared limit, or a place below.
 */
class ColumnLengthsTest {

    /** Written by Serasi itself (names, codes, numbers, hashes, engine ids) or checked otherwise, never typed text. */
    static final List<String> NOT_TYPED = List.of("unit.", "beneficiary.nik", "beneficiary.kk",
            "beneficiary.normalized_name", "beneficiary.gender", "beneficiary.region_code", "atensi_case.case_number",
            "atensi_case.unit_code", "atensi_case.target_group", "atensi_case.setting", "atensi_case.intake_channel",
            "atensi_case.stage", "atensi_case.status", "atensi_case.outcome", "atensi_case.priority",
            "atensi_case.case_manager", "atensi_case.registered_by", "atensi_case.process_instance_id", ".author",
            "intervention_plan.service_forms", "intervention_plan.setting", "intervention_plan.status",
            "approval_decision.subject", "approval_decision.decision", "service_delivery.service_form",
            "termination.reason", "skm_response.answers", "after_care_visit.outcome", "attachment.",
            "escalation.", "audit_event.actor", "audit_event.action", "audit_event.subject_type",
            "audit_event.subject_ref", "task_inbox.", "task_inbox_group.", "saved_task_filter.username",
            "task_draft.task_id", "task_draft.username", "task_draft.form_key", "note_mention.",
            "wbs_report.report_number", "wbs_report.receipt_hash", "wbs_report.channel", "wbs_report.category",
            "wbs_report.reported_unit", "wbs_report.status", "wbs_report.severity", "wbs_report.investigator",
            "wbs_report.conclusion", "wbs_report.routed_unit", "wbs_report.process_instance_id", "wbs_message.kind",
            "wbs_evidence.", "wbs_conflict_declaration.investigator", "hsearch_", "flyway_", "act_", "portal_");

    record Limit(String name, int length, LengthOf columns) {
    }

    static List<Limit> declared() throws Exception {
        List<Limit> limits = new ArrayList<>();
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.serasi");
        for (var type : classes) {
            for (JavaField field : type.getFields()) {
                if (field.isAnnotatedWith(LengthOf.class)) {
                    Field reflected = field.reflect();
                    limits.add(new Limit(type.getSimpleName() + "." + field.getName(), reflected.getInt(null),
                            reflected.getAnnotation(LengthOf.class)));
                }
            }
        }
        return limits;
    }

    @Test
    void everyDeclaredLimitIsItsColumnsLengthOnH2() throws Exception {
        String url = "jdbc:h2:mem:column-lengths;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertLimitsMatch(lengths(connection, "PUBLIC"));
        }
    }

    @Test
    void everyDeclaredLimitIsItsColumnsLengthOnPostgres() throws Exception {
        PostgresSchema schema = PostgresSchema.fresh("column_lengths");
        Flyway.configure().dataSource(PostgresSchema.SERVER, PostgresSchema.USER, "").schemas(schema.name())
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
        try (Connection connection = DriverManager.getConnection(PostgresSchema.SERVER, PostgresSchema.USER, "")) {
            assertLimitsMatch(lengths(connection, schema.name()));
        }
    }

    @Test
    void everyLimitAUserMeetsHasItsMessage() throws Exception {
        var bundle = MessageBundlesTest.load("messages_id.properties");
        for (Limit limit : declared()) {
            if (limit.length() != AtensiLimits.DRAFT) {
                String key = "validation.tooLong." + limit.length();
                assertThat(bundle.containsKey(key)).as(limit.name() + ": " + key + " in messages_id").isTrue();
            }
        }
    }

    private static void assertLimitsMatch(Map<String, Integer> columns) throws Exception {
        List<Limit> limits = declared();
        assertThat(limits).hasSizeGreaterThan(10);
        TreeSet<String> covered = new TreeSet<>();
        for (Limit limit : limits) {
            for (String column : limit.columns().value()) {
                assertThat(columns).as(limit.name() + ": column " + column).containsKey(column);
                assertThat(limit.length()).as(limit.name() + " and the length of " + column)
                        .isEqualTo(columns.get(column) - limit.columns().less());
                covered.add(column);
            }
        }
        TreeSet<String> uncovered = new TreeSet<>(columns.keySet());
        uncovered.removeAll(covered);
        uncovered.removeIf(c -> NOT_TYPED.stream().anyMatch(n -> n.endsWith(".") ? c.startsWith(n)
                : n.startsWith(".") ? c.endsWith(n) : n.endsWith("_") ? c.startsWith(n) : c.equals(n)));
        assertThat(uncovered).as("text columns without a declared limit").isEmpty();
    }

    /** {@code table.column} → length, for every character column of the schema. */
    private static Map<String, Integer> lengths(Connection connection, String schema) throws Exception {
        Map<String, Integer> lengths = new TreeMap<>();
        try (var query = connection.prepareStatement("select table_name, column_name, character_maximum_length"
                + " from information_schema.columns where table_schema = ? and character_maximum_length is not null"
                + " and data_type in ('CHARACTER VARYING', 'character varying')")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lengths.put((rows.getString(1) + "." + rows.getString(2)).toLowerCase(), rows.getInt(3));
                }
            }
        }
        return lengths;
    }
}
