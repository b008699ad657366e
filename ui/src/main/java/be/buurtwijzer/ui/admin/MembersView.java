package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.application.admin.InvitationDelivery;
import be.buurtwijzer.core.application.admin.InvitationInput;
import be.buurtwijzer.core.application.admin.InvitationDetails;
import be.buurtwijzer.core.application.admin.Invitations;
import be.buurtwijzer.core.application.mail.Delivery;
import be.buurtwijzer.core.application.admin.MemberDetails;
import be.buurtwijzer.core.application.admin.MembershipService;
import be.buurtwijzer.core.application.admin.RoleChange;
import be.buurtwijzer.core.application.security.Passwords;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * A tenant administrator's members: change role, reset a password, remove; and invitations: a
 * person joins by accepting one (with the account they have or a new one), so nothing about people
 * outside the municipality shows here.
 */
@Route(value = ":municipality/admin/members", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
@Requires(Roles.Need.TENANT_ADMIN)
public class MembersView extends Main {

    /** The municipality of this page's address, as it was resolved when the page opened (also for its downloads). */
    private final String tenantSlug = be.buurtwijzer.ui.session.Workspace.slug();

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy").withZone(java.time.ZoneId.of("Europe/Brussels"));

    final Grid<MemberDetails> grid = new Grid<>();
    final EmailField email = new EmailField();
    final Select<TenantRole> role = new Select<>();
    final Grid<InvitationDetails> invited = new Grid<>();
    final Paragraph result = new Paragraph();
    private final MembershipService memberships;
    private final Passwords passwords;
    private final Invitations invitations;
    private final InvitationDelivery delivery;

    @Inject
    public MembersView(MembershipService memberships, Passwords passwords, Invitations invitations,
            InvitationDelivery delivery) {
        this.memberships = memberships;
        this.passwords = passwords;
        this.invitations = invitations;
        this.delivery = delivery;
        getStyle().set("padding", "1rem");
        grid.addColumn(MemberDetails::displayName).setHeader(getTranslation("field.name"));
        grid.addColumn(MemberDetails::email).setHeader(getTranslation("login.email"));
        grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("members.role"));
        grid.addComponentColumn(m -> new com.vaadin.flow.component.orderedlayout.HorizontalLayout(resetButton(m),
                removeButton(m))).setHeader(getTranslation("field.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        email.setLabel(getTranslation("login.email"));
        email.setId("invite-email");
        role.setLabel(getTranslation("members.role"));
        role.setItems(TenantRole.values());
        role.setItemLabelGenerator(r -> getTranslation("TenantRole." + r.name()));
        role.setValue(TenantRole.PARTNER);
        Button add = new Button(getTranslation("members.invite"), click -> invite());
        add.setId("invite");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.getElement().setAttribute("aria-live", "polite");
        result.setId("members-result");
        // the invitation link is one long word: let it wrap on a phone
        result.getStyle().set("overflow-wrap", "anywhere");
        invited.addColumn(InvitationDetails::email).setHeader(getTranslation("login.email"));
        invited.addColumn(i -> getTranslation("TenantRole." + i.role().name())).setHeader(getTranslation("members.role"));
        invited.addColumn(i -> DATE.format(i.expiresAt())).setHeader(getTranslation("members.invited.until"));
        invited.addComponentColumn(this::revokeButton).setHeader(getTranslation("field.actions"));
        invited.setAllRowsVisible(true);
        invited.getElement().setAttribute("aria-label", getTranslation("members.invited"));
        add(new H1(getTranslation("nav.members")), grid, new H2(getTranslation("members.new")),
                new Paragraph(getTranslation("members.invite.explained")), new FormLayout(email, role), add, result,
                new H2(getTranslation("members.invited")), invited);
        refresh();
    }

    private Select<TenantRole> roleSelect(MemberDetails member) {
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

    private Button removeButton(MemberDetails member) {
        Button remove = new Button(getTranslation("action.delete"));
        remove.setAriaLabel(getTranslation("action.delete") + ": " + member.displayName());
        remove.addClickListener(click -> confirm(getTranslation("members.remove.confirm", member.displayName()),
                () -> act(() -> memberships.remove(UiSession.requireCaller(), slug(), member.userId()))));
        return remove;
    }

    private Button resetButton(MemberDetails member) {
        Button reset = new Button(getTranslation("members.reset"));
        reset.setAriaLabel(getTranslation("members.reset") + ": " + member.displayName());
        reset.addClickListener(click -> confirm(getTranslation("members.reset.confirm", member.displayName()),
                () -> Messages.report(this, result, () -> getTranslation("members.reset.done", member.displayName(),
                        passwords.resetMember(UiSession.requireCaller(), slug(), member.userId())))));
        return reset;
    }

    private Button revokeButton(InvitationDetails invitation) {
        Button revoke = new Button(getTranslation("members.invite.revoke"));
        revoke.setAriaLabel(getTranslation("members.invite.revoke") + ": " + invitation.email());
        revoke.addClickListener(click -> act(() -> invitations.revoke(UiSession.requireCaller(), slug(),
                invitation.id())));
        return revoke;
    }

    private void invite() {
        Map<String, HasValidation> fields = Map.of("email", email, "role", role);
        fields.values().forEach(f -> f.setInvalid(false));
        result.setText("");
        try {
            InvitationDetails sent = delivery.invite(UiSession.requireCaller(), slug(),
                    new InvitationInput(email.getValue(), role.getValue()));
            result.setText(sent.delivery() == Delivery.SENT ? getTranslation("members.invite.mailed", sent.email())
                    : getTranslation(sent.delivery() == Delivery.FAILED ? "members.invite.mail-failed"
                            : "members.invite.no-mail", sent.email(), sent.link(), DATE.format(sent.expiresAt())));
            email.clear();
            refresh();
        } catch (InvalidInputException e) {
            Messages.showAtFields(this, fields, e);
        } catch (ApplicationException e) {
            result.setText(Messages.of(this, e));
        }
    }

    /** Asks first: removing someone or resetting a password cannot be undone with one click. */
    private void confirm(String question, Runnable action) {
        be.buurtwijzer.ui.views.Confirm.ask(this, question, action);
    }

    private void act(Runnable action) {
        Messages.report(this, result, () -> {
            action.run();
            return getTranslation("saved");
        });
        refresh();
    }

    private String slug() {
        return tenantSlug;
    }

    private void refresh() {
        grid.setItems(memberships.list(UiSession.requireCaller(), slug()));
        invited.setItems(invitations.open(UiSession.requireCaller(), slug()));
    }
}
