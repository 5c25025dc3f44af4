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
import id.serasi.retention.HoldChange;
import id.serasi.retention.Retaining;
import id.serasi.retention.RetentionLimits;
import id.serasi.security.CurrentStaff;
import id.serasi.ui.MainLayout;
import id.serasi.ui.Notices;
import id.serasi.ui.TextLimits;
import jakarta.annotation.security.RolesAllowed;

/**
 * The admin's legal hold: a held case or whistleblowing report is kept, with its documents and engine history,
 * beyond the retention period until released. The reason is required and audited. The admin sees nothing of a
 * report but its number.
 */
@Route(value = "admin/penahanan", layout = MainLayout.class)
@PageTitle("Penahanan hukum · Serasi")
@RolesAllowed("admin")
public class LegalHoldView extends VerticalLayout {

    private final transient Retaining retaining;
    private final CurrentStaff currentStaff;
    private final TextField caseNumber = new TextField();
    private final TextArea reason = new TextArea();

    public LegalHoldView(Retaining retaining, CurrentStaff currentStaff) {
        this.retaining = retaining;
        this.currentStaff = currentStaff;
        setMaxWidth("48em");
        caseNumber.setId("hold-case");
        caseNumber.setLabel(getTranslation("retention.number"));
        caseNumber.setPlaceholder("ATN-2026-000001 / WBS-2026-000001");
        caseNumber.setWidthFull();
        reason.setId("hold-reason");
        reason.setLabel(getTranslation("retention.reason"));
        reason.setWidthFull();
        TextLimits.limit(reason, RetentionLimits.HOLD_REASON);
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

    private void show(HoldChange result, String doneKey) {
        reason.setInvalid(false);
        caseNumber.setInvalid(false);
        if (result instanceof HoldChange.Done done) {
            Notices.success(getTranslation(doneKey, done.number()));
        } else if (result instanceof HoldChange.Invalid invalid) {
            reason.setErrorMessage(getTranslation(invalid.problems().get(0).messageKey()));
            reason.setInvalid(true);
        } else if (result instanceof HoldChange.NotAllowed refused) {
            caseNumber.setErrorMessage(getTranslation(refused.messageKey()));
            caseNumber.setInvalid(true);
        }
    }
}
