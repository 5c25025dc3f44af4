package id.serasi.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.serasi.atensi.CaseChange;
import id.serasi.atensi.RetainingCases;
import id.serasi.security.CurrentStaff;
import id.serasi.ui.MainLayout;
import id.serasi.ui.Notices;
import jakarta.annotation.security.RolesAllowed;

/**
 * The admin's legal hold: a held case is kept, with its engine history, beyond the retention period until released.
 * The reason is required and audited.
 */
@Route(value = "admin/penahanan", layout = MainLayout.class)
@PageTitle("Penahanan hukum · Serasi")
@RolesAllowed("admin")
public class LegalHoldView extends VerticalLayout {

    private final transient RetainingCases retaining;
    private final CurrentStaff currentStaff;
    private final TextField caseNumber = new TextField();
    private final TextArea reason = new TextArea();

    public LegalHoldView(RetainingCases retaining, CurrentStaff currentStaff) {
        this.retaining = retaining;
        this.currentStaff = currentStaff;
        setMaxWidth("48em");
        caseNumber.setId("hold-case");
        caseNumber.setLabel(getTranslation("tasks.case"));
        caseNumber.setPlaceholder("ATN-2026-000001");
        reason.setId("hold-reason");
        reason.setLabel(getTranslation("retention.reason"));
        reason.setWidthFull();
        reason.setMaxLength(500);
        Button hold = new Button(getTranslation("retention.hold"), e -> show(retaining.hold(number(),
                reason.getValue(), currentStaff.get()), "retention.held"));
        hold.setId("hold-place");
        hold.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button release = new Button(getTranslation("retention.release"),
                e -> show(retaining.release(number(), currentStaff.get()), "retention.released"));
        release.setId("hold-release");
        add(new H2(getTranslation("retention.title")), new Paragraph(getTranslation("retention.explain")),
                caseNumber, reason, new HorizontalLayout(hold, release));
    }

    private String number() {
        return caseNumber.getValue().strip().toUpperCase();
    }

    private void show(CaseChange result, String doneKey) {
        reason.setInvalid(false);
        caseNumber.setInvalid(false);
        if (result instanceof CaseChange.Done done) {
            Notices.success(getTranslation(doneKey, done.caseNumber()));
        } else if (result instanceof CaseChange.Invalid invalid) {
            reason.setErrorMessage(getTranslation(invalid.problems().get(0).messageKey()));
            reason.setInvalid(true);
        } else if (result instanceof CaseChange.NotAllowed refused) {
            caseNumber.setErrorMessage(getTranslation(refused.messageKey()));
            caseNumber.setInvalid(true);
        }
    }
}
