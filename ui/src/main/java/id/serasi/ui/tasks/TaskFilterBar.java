package id.serasi.ui.tasks;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import id.serasi.atensi.Stage;
import id.serasi.atensi.TargetGroup;
import id.serasi.common.FieldProblem;
import id.serasi.security.Staff;
import id.serasi.tasks.SavedFilters;
import id.serasi.tasks.TaskFilter;
import id.serasi.tasks.TaskLimits;
import id.serasi.ui.Notices;
import id.serasi.ui.TextLimits;
import java.util.Arrays;
import java.util.List;

/** The filters of a task list, and the user's saved filters. Tells its list through a {@link ChangeEvent}. */
class TaskFilterBar extends FlexLayout {

    static class ChangeEvent extends ComponentEvent<TaskFilterBar> {
        ChangeEvent(TaskFilterBar source) {
            super(source, false);
        }
    }

    private final transient SavedFilters saved;
    private final Staff staff;
    private final TextField text = new TextField();
    private final ComboBox<String> stage = choice("tasks.stage", "enum.Stage.",
            Arrays.stream(Stage.values()).filter(s -> s != Stage.CLOSED).map(Enum::name).toList());
    private final ComboBox<String> priority = choice("tasks.priority", "enum.Priority.", List.of("DARURAT", "TINGGI", "SEDANG"));
    private final ComboBox<String> targetGroup = choice("form.targetGroup", "enum.TargetGroup.",
            Arrays.stream(TargetGroup.values()).map(Enum::name).toList());
    private final ComboBox<TaskFilter.Due> due = new ComboBox<>();
    private final ComboBox<String> unit = new ComboBox<>();
    private final ComboBox<SavedFilters.Saved> savedFilters = new ComboBox<>();
    private TaskFilter.Sort sort = TaskFilter.Sort.DUE;
    private boolean descending;

    TaskFilterBar(SavedFilters saved, Staff staff) {
        this.saved = saved;
        this.staff = staff;
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s)");
        text.setLabel(getTranslation("tasks.filter.text"));
        text.setPlaceholder(getTranslation("tasks.filter.textHint"));
        text.setClearButtonVisible(true);
        TextLimits.limit(text, TaskLimits.FILTER_TEXT);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("filter-text");
        due.setLabel(getTranslation("tasks.due"));
        due.setItems(TaskFilter.Due.values());
        due.setItemLabelGenerator(d -> getTranslation("tasks.filter.due." + d));
        due.setClearButtonVisible(true);
        due.setId("filter-due");
        unit.setLabel(getTranslation("tasks.unit"));
        unit.setItems(staff.caseUnits().stream().sorted().toList());
        unit.setClearButtonVisible(true);
        savedFilters.setLabel(getTranslation("tasks.filter.saved"));
        savedFilters.setItemLabelGenerator(SavedFilters.Saved::name);
        savedFilters.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(e.getValue().filter());
            }
        });
        refreshSaved();
        Button save = new Button(getTranslation("tasks.filter.save"), e -> askNameAndSave());
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(text, stage, priority, targetGroup, due, unit, savedFilters, save);
        text.addValueChangeListener(e -> changed());
        due.addValueChangeListener(e -> changed());
        unit.addValueChangeListener(e -> changed());
    }

    private ComboBox<String> choice(String labelKey, String itemPrefix, List<String> items) {
        ComboBox<String> box = new ComboBox<>(getTranslation(labelKey));
        box.setItems(items);
        box.setItemLabelGenerator(v -> getTranslation(itemPrefix + v));
        box.setClearButtonVisible(true);
        box.addValueChangeListener(e -> changed());
        return box;
    }

    TaskFilter filter() {
        return new TaskFilter(text.getValue(), stage.getValue(), priority.getValue(), targetGroup.getValue(),
                due.getValue(), unit.getValue(), sort, descending);
    }

    /** The grid's sort order becomes part of the filter (and so of a saved filter). */
    void sortBy(TaskFilter.Sort by, boolean desc) {
        this.sort = by;
        this.descending = desc;
    }

    private void show(TaskFilter f) {
        text.setValue(f.text() == null ? "" : f.text());
        stage.setValue(f.stage());
        priority.setValue(f.priority());
        targetGroup.setValue(f.targetGroup());
        due.setValue(f.due());
        unit.setValue(f.unitCode());
        sortBy(f.sort(), f.descending());
        changed();
    }

    private void askNameAndSave() {
        Dialog dialog = new Dialog(getTranslation("tasks.filter.save"));
        TextField name = TextLimits.limit(new TextField(getTranslation("tasks.filter.name")), TaskLimits.FILTER_NAME);
        name.setId("filter-name");
        dialog.add(name);
        Button save = new Button(getTranslation("tasks.filter.save"), e -> {
            List<FieldProblem> problems = saved.save(name.getValue(), filter(), staff);
            if (problems.isEmpty()) {
                refreshSaved();
                Notices.success(getTranslation("tasks.filter.saved.done"));
                dialog.close();
            }
            for (FieldProblem problem : problems) {
                TextField field = problem.field().equals("name") ? name : text;
                field.setErrorMessage(getTranslation(problem.messageKey()));
                field.setInvalid(true);
            }
        });
        save.setId("filter-save");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void refreshSaved() {
        savedFilters.setItems(saved.of(staff));
    }

    private void changed() {
        fireEvent(new ChangeEvent(this));
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }
}
