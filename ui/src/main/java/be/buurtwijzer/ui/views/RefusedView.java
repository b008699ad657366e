package be.buurtwijzer.ui.views;

import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.ui.layout.MainLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that refused to open because of the person's rights at that moment (a role taken away
 * while the menu still showed the page, a municipality left or suspended): said in their language,
 * with the menu of what they may still do, instead of the framework's error page.
 */
@ParentLayout(MainLayout.class)
public class RefusedView extends Main implements HasErrorParameter<ApplicationException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ApplicationException> parameter) {
        removeAll();
        getStyle().set("padding", "1rem");
        add(new H1(getTranslation("notallowed.title")), new Paragraph(Messages.of(this, parameter.getException())));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
