package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.application.admin.MemberInput;
import be.buurtwijzer.core.application.admin.MemberView;
import be.buurtwijzer.core.application.admin.MembershipService;
import be.buurtwijzer.core.application.admin.RoleChange;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.application.shared.InvalidInputException;
import be.buurtwijzer.core.domain.tenancy.TenantRole;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Requires;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import be.buurtwijzer.ui.views.Messages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Map;

/** A tenant administrator's members: add (a new account gets a one-time password), change role, remove. */
@Route(value = "admin/members", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
@Requires(Roles.Need.TENANT_ADMIN)
public class MembersView extends Main {

    final Grid<MemberView> grid = new Grid<>();
    final EmailField email = new EmailField();
    final TextField displayName = new TextField();
    final Select<TenantRole> role = new Select<>();
    final Paragraph result = new Paragraph();
    private final MembershipService memberships;

    @Inject
    public MembersView(MembershipService memberships) {
        this.memberships = memberships;
        getStyle().set("padding", "1rem");
        grid.addColumn(MemberView::displayName).setHeader(getTranslation("field.name"));
        grid.addColumn(MemberView::email).setHeader(getTranslation("login.email"));
        grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("members.role"));
        grid.addComponentColumn(this::removeButton).setHeader(getTranslation("field.actions"));
        grid.setAllRowsVisible(true);
        email.setLabel(getTranslation("login.email"));
        displayName.setLabel(getTranslation("field.name"));
        role.setLabel(getTranslation("members.role"));
        role.setItems(TenantRole.values());
        role.setItemLabelGenerator(r -> getTranslation("TenantRole." + r.name()));
        role.setValue(TenantRole.PARTNER);
        Button add = new Button(getTranslation("action.add"), click -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("nav.members")), grid, new H2(getTranslation("members.new")),
                new FormLayout(email, displayName, role), add, result);
        refresh();
    }

    private Select<TenantRole> roleSelect(MemberView member) {
        Select<TenantRole> select = new Select<>();
        select.setItems(TenantRole.values());
        select.setItemLabelGenerator(r -> getTranslation("TenantRole." + r.name()));
        select.setValue(member.role());
        select.setAriaLabel(getTranslation("members.role") + ": " + member.displayName());
        select.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                act(() -> memberships.changeRole(UiSession.requireCaller(), slug(), member.userId(),
                        new RoleChange(change.getValue(), member.version())));
            }
        });
        return select;
    }

    private Button removeButton(MemberView member) {
        Button remove = new Button(getTranslation("action.delete"));
        remove.setAriaLabel(getTranslation("action.delete") + ": " + member.displayName());
        remove.addClickListener(click -> act(() -> memberships.remove(UiSession.requireCaller(), slug(),
                member.userId())));
        return remove;
    }

    private void add() {
        Map<String, HasValidation> fields = Map.of("email", email, "displayName", displayName, "role", role);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            MemberView added = memberships.add(UiSession.requireCaller(), slug(),
                    new MemberInput(email.getValue(), displayName.getValue(), role.getValue()));
            result.setText(added.oneTimePassword() == null ? getTranslation("members.added", added.email())
                    : getTranslation("members.added.password", added.email(), added.oneTimePassword()));
            refresh();
        } catch (InvalidInputException e) {
            Messages.showAtFields(this, fields, e);
        } catch (ApplicationException e) {
            result.setText(Messages.of(this, e));
        }
    }

    private void act(Runnable action) {
        Messages.report(this, result, () -> {
            action.run();
            return getTranslation("saved");
        });
        refresh();
    }

    private static String slug() {
        return UiSession.tenant().orElseThrow();
    }

    private void refresh() {
        grid.setItems(memberships.list(UiSession.requireCaller(), slug()));
    }
}
