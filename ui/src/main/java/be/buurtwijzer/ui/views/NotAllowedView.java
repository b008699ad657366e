package be.buurtwijzer.ui.views;

import be.buurtwijzer.ui.layout.MainLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** Where a page the person may not open leads. */
@Route(value = "not-allowed", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
public class NotAllowedView extends Main {
    public NotAllowedView() {
        getStyle().set("padding", "1rem");
        add(new H1(getTranslation("notallowed.title")), new Paragraph(getTranslation("notallowed.text")));
    }
}
