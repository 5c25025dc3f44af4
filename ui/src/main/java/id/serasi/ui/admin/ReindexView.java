package id.serasi.ui.admin;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import id.serasi.search.ReindexingCases;
import id.serasi.security.CurrentStaff;
import id.serasi.ui.Formats;
import id.serasi.ui.MainLayout;
import id.serasi.ui.Notices;
import jakarta.annotation.security.RolesAllowed;

/** The admin's rebuild of the case search index from the database, with its progress. */
@Route(value = "admin/indeks", layout = MainLayout.class)
@PageTitle("Indeks pencarian · Serasi")
@RolesAllowed("admin")
public class ReindexView extends VerticalLayout {

    private static final int POLL_MS = 1000;

    private final transient ReindexingCases reindexing;
    private final CurrentStaff currentStaff;
    private final ProgressBar bar = new ProgressBar(0, 100);
    private final Span status = new Span();
    private final Button start = new Button();
    private Registration polling;

    public ReindexView(ReindexingCases reindexing, CurrentStaff currentStaff) {
        this.reindexing = reindexing;
        this.currentStaff = currentStaff;
        setMaxWidth("48em");
        start.setText(getTranslation("reindex.start"));
        start.setId("reindex-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> {
            if (reindexing.start(currentStaff.get())) {
                Notices.success(getTranslation("reindex.started"));
            } else {
                Notices.warning(getTranslation("reindex.busy"));
            }
            refresh();
        });
        bar.setId("reindex-progress");
        status.setId("reindex-status");
        add(new H2(getTranslation("reindex.title")), new Paragraph(getTranslation("reindex.explain")), start, bar,
                status);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MS);
        polling = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(MainLayout.POLL_MILLIS);
    }

    private void refresh() {
        ReindexingCases.Progress progress = reindexing.progress();
        bar.setValue(progress.percent());
        start.setEnabled(!progress.running());
        if (progress.running()) {
            status.setText(getTranslation("reindex.running", progress.done(), progress.total(), progress.percent()));
        } else if (progress.finishedAt() == null) {
            status.setText(getTranslation("reindex.never"));
        } else if (progress.failure() != null) {
            status.setText(getTranslation("reindex.failed", progress.failure()));
        } else {
            status.setText(getTranslation("reindex.done", progress.done(),
                    Formats.dateTime(progress.finishedAt(), getLocale())));
        }
    }
}
