package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.application.audit.AuditEntryDetails;
import be.buurtwijzer.core.application.audit.AuditQuery;
import be.buurtwijzer.core.application.audit.AuditReader;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Requires;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import be.buurtwijzer.ui.views.Messages;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import be.buurtwijzer.plugins.support.DutchDates;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.time.format.DateTimeFormatter;

/** The municipality's audit trail for its administrator, filtered by kind, person and dates. */
@Route(value = ":municipality/admin/audit", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
@Requires(Roles.Need.TENANT_ADMIN)
public class AuditView extends Main {

    /** The municipality of this page's address, as it was resolved when the page opened (also for its downloads). */
    private final String tenantSlug = be.buurtwijzer.ui.session.Workspace.slug();

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Brussels"));

    private static final List<String> KINDS = List.of("neighbourhood", "actor", "initiative", "member", "invitation",
            "subscription", "settings", "identity", "consent", "personal-data", "password", "member-password", "retention");

    final Grid<AuditEntryDetails> grid = new Grid<>();
    final Select<String> entityType = new Select<>();
    final TextField actor = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Paragraph problem = new Paragraph();
    private final AuditReader reader;

    @Inject
    public AuditView(AuditReader reader) {
        this.reader = reader;
        getStyle().set("padding", "1rem");
        entityType.setLabel(getTranslation("audit.entity"));
        actor.setLabel(getTranslation("audit.actor"));
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        AuditSentence sentences = AuditSentence.translatedBy(this);
        entityType.setEmptySelectionAllowed(true);
        entityType.setEmptySelectionCaption(getTranslation("audit.everything"));
        entityType.setItems(KINDS);
        entityType.setItemLabelGenerator(kind -> kind == null ? getTranslation("audit.everything")
                : sentences.entity(kind));
        DutchDates.apply(from, getLocale());
        DutchDates.apply(to, getLocale());
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        entityType.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        grid.addColumn(e -> WHEN.format(e.occurredAt())).setHeader(getTranslation("audit.when"));
        // work the platform did by itself (tenant configuration, retention purge) says so in words
        grid.addColumn(e -> sentences.who(e.actorEmail())).setHeader(getTranslation("audit.actor"));
        grid.addColumn(e -> sentences.of(e.action(), e.entityType(), e.changes())).setHeader(getTranslation("audit.what"))
                .setFlexGrow(4);
        add(new H1(getTranslation("nav.audit")), new HorizontalLayout(entityType, actor, from, to), problem, grid);
        refresh();
    }

    private void refresh() {
        try {
            problem.setText("");
            grid.setItems(reader.tenantTrail(UiSession.requireCaller(), tenantSlug,
                    new AuditQuery(entityType.getValue() == null ? "" : entityType.getValue(), null, actor.getValue(),
                            from.getValue() == null ? null : from.getValue().toString(),
                            to.getValue() == null ? null : to.getValue().toString(), "0", "200")).items());
        } catch (ApplicationException e) {
            problem.setText(Messages.of(this, e));
        }
    }
}
