package id.serasi.ui.portal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import id.serasi.ui.LanguageChoice;

/**
 * The public portal's frame, outside the staff application: no account, no staff menu, readable on a phone. The
 * advice below every page tells reporters how to stay unidentifiable.
 */
public class PortalLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public PortalLayout() {
        setWidthFull();
        getStyle().set("max-width", "48em").set("margin", "0 auto").set("padding", "var(--lumo-space-m)")
                .set("box-sizing", "border-box");
        Span title = new Span(getTranslation("portal.title"));
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        RouterLink report = new RouterLink(getTranslation("portal.nav.report"), ReportFormView.class);
        RouterLink follow = new RouterLink(getTranslation("portal.nav.follow"), FollowReportView.class);
        HorizontalLayout bar = new HorizontalLayout(title, report, follow, LanguageChoice.switchButton(getLocale()));
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);
        bar.expand(title);
        Header header = new Header(bar);
        Footer footer = new Footer(new Paragraph(getTranslation("portal.safety")));
        footer.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(header, content, footer);
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
    }
}
