package id.serasi.bench;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives every generated open case the engine rows of its template (the case of the same unit walked to the same
 * task through Serasi's use cases): executions, the open task with its candidate groups, variables, event
 * subscriptions and timer jobs, each with new ids, the case's own id and number, and a due date moved by a few
 * hours so that orders differ. The task inbox rows follow. Tables and columns are read from the database, so
 * this follows the engine's schema rather than a copy of it.
 */
final class EngineClones {

    /** Columns holding ids of the instance's own rows: mapped to new ids per clone. */
    private static final Set<String> OWN_IDS = Set.of("id_", "proc_inst_id_", "process_instance_id_",
            "root_proc_inst_id_", "execution_id_", "parent_id_", "task_id_", "super_exec_", "var_scope_",
            "bytearray_id_", "act_inst_id_", "parent_task_id_");
    private static final List<String> BY_INSTANCE = List.of("act_ru_execution", "act_ru_task", "act_ru_variable",
            "act_ru_event_subscr", "act_ru_job");

    private final JdbcTemplate jdbc;
    private final String schema;

    EngineClones(JdbcTemplate jdbc, String schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    /** Clones for every generated open case whose process instance column still names its template. */
    int cloneAll() {
        jdbc.execute("drop table if exists bench_clone");
        jdbc.execute("create table bench_clone as select c.process_instance_id as template, ':' || c.id as k,"
                + " c.id as case_id, c.case_number, (c.id * 7919 % 600) - 150 as shift_hours,"
                + " case when c.id % 40 = 3 then 'pekerja.' || c.unit_code end as assignee"
                + " from atensi_case c where c.registered_by = '" + Population.GENERATOR + "' and c.status = 'OPEN'");
        jdbc.execute("create index bench_clone_template on bench_clone (template)");
        for (String table : BY_INSTANCE) {
            String instanceColumn = table.equals("act_ru_job") ? "process_instance_id_" : "proc_inst_id_";
            copy(table, " r join bench_clone k on r." + instanceColumn + " = k.template");
        }
        // rows of the template's own (not yet cloned) tasks and variables: their instance is a template
        copy("act_ru_identitylink", " r join act_ru_task tt on tt.id_ = r.task_id_"
                + " join bench_clone k on k.template = tt.proc_inst_id_");
        copy("act_ge_bytearray", " r join act_ru_variable vv on vv.bytearray_id_ = r.id_"
                + " join bench_clone k on k.template = vv.proc_inst_id_");
        inbox();
        int clones = jdbc.update("update atensi_case c set process_instance_id = " + mapped("c.process_instance_id", "k.k")
                + " from bench_clone k where k.case_id = c.id");
        jdbc.execute("analyze");
        return clones;
    }

    /** Copies the rows {@code from} selects ({@code r}: the table, {@code k}: the clone) with ids mapped. */
    private void copy(String table, String from) {
        List<String> columns = jdbc.queryForList("select lower(column_name) from information_schema.columns"
                + " where table_schema = ? and lower(table_name) = ? order by ordinal_position", String.class, schema, table);
        String values = columns.stream().map(column -> value(table, column)).collect(Collectors.joining(", "));
        jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") select " + values
                + " from " + table + from);
    }

    private static String value(String table, String column) {
        if (OWN_IDS.contains(column)) {
            return mapped("r." + column, "k.k");
        }
        return switch (table + "." + column) {
            case "act_ru_execution.business_key_" -> "case when r.business_key_ is null then null else k.case_number end";
            case "act_ru_variable.long_" -> "case when r.name_ = 'caseId' then k.case_id else r.long_ end";
            case "act_ru_variable.text_" -> "case when r.name_ = 'caseId' and r.text_ is not null then cast(k.case_id as varchar)"
                    + " when r.name_ = 'caseNumber' then k.case_number else r.text_ end";
            case "act_ru_task.due_date_" -> "r.due_date_ + k.shift_hours * interval '1 hour'";
            case "act_ru_task.assignee_" -> "coalesce(k.assignee, r.assignee_)";
            default -> "r." + column;
        };
    }

    /** A new id per clone, the same wherever the template's id appears (a UUID made from id and clone key). */
    private static String mapped(String column, String key) {
        return "cast(cast(md5(" + column + " || " + key + ") as uuid) as varchar)";
    }

    private void inbox() {
        jdbc.update("insert into task_inbox (task_id, process_instance_id, case_id, name, definition_key, form_key,"
                + " assignee, due_at, created_at) select " + mapped("i.task_id", "k.k") + ", "
                + mapped("i.process_instance_id", "k.k") + ", k.case_id, i.name, i.definition_key, i.form_key,"
                + " coalesce(k.assignee, i.assignee), i.due_at + k.shift_hours * interval '1 hour', i.created_at"
                + " from task_inbox i join bench_clone k on i.process_instance_id = k.template");
        jdbc.update("insert into task_inbox_group (group_key, task_id, due_at, case_id) select g.group_key, "
                + mapped("g.task_id", "k.k") + ", g.due_at + k.shift_hours * interval '1 hour', k.case_id"
                + " from task_inbox_group g join task_inbox i on i.task_id = g.task_id"
                + " join bench_clone k on i.process_instance_id = k.template");
    }
}
