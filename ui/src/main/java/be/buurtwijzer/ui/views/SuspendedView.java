package be.buurtwijzer.ui.views;

import be.buurtwijzer.ui.layout.MainLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** Shown to members whose municipalities are all suspended: their data is kept, the workspace is closed. */
@Route(value = "suspended", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
public class SuspendedView extends Main {
    public SuspendedView() {
        getStyle().set("padding", "1rem");
        add(new H1(getTranslation("suspended.title")), new Paragraph(getTranslation("login.suspended")));
    }
}
