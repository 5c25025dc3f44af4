package id.serasi.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.serasi.ui.Formats;
import id.serasi.ui.Notices;
import id.serasi.ui.TextLimits;
import id.serasi.whistleblowing.EvidenceIntake;
import id.serasi.whistleblowing.FollowingReport;
import id.serasi.whistleblowing.MessageKind;
import id.serasi.whistleblowing.ReportLimits;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The reporter follows a report with the receipt code: status, the investigation team's questions, the outcome;
 * answers and more evidence. The code travels only in the form (never in the address), and wrong codes are counted
 * per client by the server.
 */
@Route(value = "lapor/pantau", layout = PortalLayout.class)
@PageTitle("Pantau laporan · WBS Kemensos")
@AnonymousAllowed
public class FollowReportView extends VerticalLayout {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final transient FollowingReport following;
    private final transient EvidenceIntake intake;
    private final PasswordField code = new PasswordField();
    private final Div report = new Div();
    private String openedCode;

    public FollowReportView(FollowingReport following, EvidenceIntake intake) {
        this.following = following;
        this.intake = intake;
        setPadding(false);
        code.setLabel(getTranslation("form.receiptCode"));
        code.setId("field-receiptCode");
        code.setRevealButtonVisible(true);
        code.setWidthFull();
        code.setHelperText(getTranslation("form.receiptCode.helper"));
        Button open = new Button(getTranslation("portal.follow.open"), e -> open());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("open-report");
        open.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        report.setWidthFull();
        add(new H2(getTranslation("portal.follow.title")), code, open, report);
    }

    private void open() {
        FollowingReport.Lookup lookup = following.open(code.getValue(), PortalClient.address());
        report.removeAll();
        if (lookup instanceof FollowingReport.Lookup.Wait wait) {
            refuse(wait.retryAfter());
        } else if (lookup instanceof FollowingReport.Lookup.NotFound) {
            code.setErrorMessage(getTranslation("portal.follow.unknownCode"));
            code.setInvalid(true);
        } else if (lookup instanceof FollowingReport.Lookup.Found found) {
            code.setInvalid(false);
            openedCode = code.getValue();
            show(found.report());
        }
    }

    private void refuse(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        String message = seconds >= 120 ? getTranslation("portal.follow.waitMinutes", (seconds + 59) / 60)
                : getTranslation("portal.follow.waitSeconds", seconds);
        code.setErrorMessage(message);
        code.setInvalid(true);
        Paragraph notice = new Paragraph(message);
        notice.setId("wait-notice");
        report.add(notice);
    }

    private void show(FollowingReport.ReporterView view) {
        report.removeAll();
        Span status = new Span(getTranslation("portal.status." + view.status()));
        status.setId("report-status");
        status.getElement().getThemeList().add("badge");
        report.add(new H3(view.reportNumber()), new Paragraph(status),
                new Paragraph(getTranslation("portal.follow.received", Formats.dateTime(view.receivedAt(), getLocale(),
                        JAKARTA))));
        if (view.outcome() != null) {
            Paragraph outcome = new Paragraph(view.outcome());
            outcome.setId("report-outcome");
            report.add(new H3(getTranslation("portal.follow.outcome")), outcome);
        }
        if (!view.messages().isEmpty()) {
            report.add(new H3(getTranslation("portal.follow.messages")));
            Div messages = new Div();
            messages.setId("report-messages");
            for (var message : view.messages()) {
                String who = getTranslation(message.kind() == MessageKind.QUESTION ? "portal.follow.fromTeam"
                        : "portal.follow.fromYou");
                Paragraph line = new Paragraph(who + " · " + Formats.dateTime(message.createdAt(), getLocale(), JAKARTA)
                        + ": " + message.body());
                messages.add(line);
            }
            report.add(messages);
        }
        if (!view.evidence().isEmpty()) {
            report.add(new Paragraph(getTranslation("portal.follow.evidence") + ": " + String.join(", ", view.evidence())));
        }
        if (view.open()) {
            report.add(replyForm(view.awaitingAnswer()));
        }
    }

    private VerticalLayout replyForm(boolean awaited) {
        TextArea answer = new TextArea(getTranslation(awaited ? "form.answer.awaited" : "form.answer"));
        answer.setId("field-answer");
        answer.setWidthFull();
        TextLimits.limit(answer, ReportLimits.REPORT_TEXT);
        EvidenceUpload evidence = new EvidenceUpload(intake);
        Button send = new Button(getTranslation("portal.follow.send"), e -> {
            var reply = following.reply(openedCode, PortalClient.address(), answer.getValue(), evidence.files());
            if (reply instanceof FollowingReport.Reply.Sent sent) {
                Notices.success(getTranslation("portal.follow.sent"));
                show(sent.report());
            } else if (reply instanceof FollowingReport.Reply.Invalid invalid) {
                answer.setErrorMessage(getTranslation(invalid.problems().get(0).messageKey()));
                answer.setInvalid(true);
            } else if (reply instanceof FollowingReport.Reply.Closed) {
                Notices.warning(getTranslation("portal.follow.closed"));
            } else if (reply instanceof FollowingReport.Reply.Wait wait) {
                refuse(wait.retryAfter());
            } else {
                Notices.error(getTranslation("portal.follow.unknownCode"));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-reply");
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("portal.follow.reply")), answer, evidence, send);
        form.setPadding(false);
        return form;
    }
}
