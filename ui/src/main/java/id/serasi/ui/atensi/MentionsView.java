package id.serasi.ui.atensi;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.serasi.atensi.ReadingMentions;
import id.serasi.security.CurrentStaff;
import id.serasi.security.Staff;
import id.serasi.security.StaffDirectory;
import id.serasi.ui.Formats;
import id.serasi.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

/** Case notes in which colleagues named me; opening this list marks them read. */
@Route(value = "disebut", layout = MainLayout.class)
@PageTitle("Serasi")
@PermitAll
public class MentionsView extends VerticalLayout {

    public MentionsView(ReadingMentions mentions, StaffDirectory directory, CurrentStaff currentStaff) {
        Staff staff = currentStaff.get();
        Grid<ReadingMentions.Mention> grid = new Grid<>();
        grid.setId("mention-grid");
        grid.addComponentColumn(m -> new RouterLink(m.caseNumber(), CaseView.class, CaseView.parameters(m.caseNumber())))
                .setHeader(getTranslation("tasks.case")).setAutoWidth(true);
        grid.addColumn(m -> directory.displayName(m.author())).setHeader(getTranslation("case.history.who")).setAutoWidth(true);
        grid.addColumn(m -> Formats.dateTime(m.at(), getLocale())).setHeader(getTranslation("case.history.when")).setAutoWidth(true);
        grid.addComponentColumn(m -> {
            Span text = new Span(m.text());
            if (m.unread()) {
                Span fresh = new Span(getTranslation("mentions.new"));
                fresh.getElement().getThemeList().add("badge success");
                return new Span(fresh, new Span(" "), text);
            }
            return text;
        }).setHeader(getTranslation("case.section.notes"));
        grid.setItems(mentions.of(staff, 200));
        grid.setEmptyStateText(getTranslation("mentions.empty"));
        mentions.markRead(staff);
        setSizeFull();
        add(new H2(getTranslation("nav.mentions")), grid);
    }
}
