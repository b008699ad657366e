package be.buurtwijzer.ui.privacy;

import be.buurtwijzer.core.application.privacy.ErasureReport;
import be.buurtwijzer.core.application.privacy.PrivacyService;
import be.buurtwijzer.core.application.privacy.SubjectFindings;
import be.buurtwijzer.core.application.privacy.SubjectQuery;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.plugin.ui.Downloads;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Requires;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import be.buurtwijzer.ui.views.Confirm;
import be.buurtwijzer.ui.views.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;

/**
 * A data-subject request, for the municipality's administrator: find a person, download what is held
 * about them (JSON and PDF), erase it. Every action passes the service's checks at the moment it is taken.
 */
@Route(value = ":municipality/admin/personal-data", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
@Requires(Roles.Need.TENANT_ADMIN)
public class PersonalDataView extends Main {

    /** The municipality of this page's address, as it was resolved when the page opened (also for its downloads). */
    private final String tenantSlug = be.buurtwijzer.ui.session.Workspace.slug();

    final SubjectForm form = new SubjectForm();
    final Div findings = new Div();
    final Paragraph problem = new Paragraph();
    private final PrivacyService privacy;

    @Inject
    public PersonalDataView(PrivacyService privacy) {
        this.privacy = privacy;
        getStyle().set("padding", "1rem").set("max-width", "60rem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        form.addSearchListener(e -> search());
        add(new H1(getTranslation("nav.personal-data")), new Paragraph(getTranslation("privacy.intro")), form, problem,
                findings);
    }

    private void search() {
        problem.setText("");
        form.name.setInvalid(false);
        form.email.setInvalid(false);
        findings.removeAll();
        SubjectQuery query = form.query();
        try {
            show(query, privacy.find(UiSession.requireCaller(), tenant(), query));
        } catch (be.buurtwijzer.core.application.shared.InvalidInputException e) {
            Messages.showAtFields(this, java.util.Map.of("name", form.name, "email", form.email), e)
                    .forEach(v -> problem.setText(Messages.of(this, v)));
        } catch (ApplicationException e) {
            problem.setText(Messages.of(this, e));
        }
    }

    private void show(SubjectQuery query, SubjectFindings found) {
        findings.add(new H2(getTranslation("privacy.found", found.name())));
        if (!found.anything()) {
            findings.add(new Paragraph(getTranslation("privacy.nothing")));
            return;
        }
        UnorderedList list = new UnorderedList();
        found.actors().forEach(a -> list.add(new ListItem(getTranslation("privacy.actor." + a.role().name(), a.name()))));
        found.members().forEach(m -> list.add(new ListItem(getTranslation("privacy.member", m.email(),
                getTranslation("TenantRole." + m.role())))));
        count(list, "privacy.invitations", found.invitations());
        count(list, "privacy.mentions", found.registerMentions());
        count(list, "privacy.consents", found.consents());
        count(list, "privacy.audit", found.auditEntries());
        found.instruments().forEach(i -> list.add(new ListItem(getTranslation("privacy.instrument." + i.status().name(),
                i.instrument(), i.records()))));
        findings.add(list);
        Anchor json = download(getTranslation("privacy.export.json"), "persoonsgegevens.json", "application/json",
                () -> privacy.export(UiSession.requireCaller(), tenant(), query).toString()
                        .getBytes(StandardCharsets.UTF_8));
        Anchor pdf = download(getTranslation("privacy.export.pdf"), "persoonsgegevens.pdf", "application/pdf",
                () -> privacy.exportPdf(UiSession.requireCaller(), tenant(), query));
        Button erase = new Button(getTranslation("privacy.erase"), e -> Confirm.ask(this,
                getTranslation("privacy.erase.confirm", found.name()), () -> erase(query)));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FlexLayout actions = new FlexLayout(json, pdf, erase);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "1rem").set("align-items", "center");
        findings.add(actions);
    }

    private void erase(SubjectQuery query) {
        try {
            ErasureReport report = privacy.erase(UiSession.requireCaller(), tenant(), query);
            findings.removeAll();
            findings.add(new H2(getTranslation("privacy.erased")), new Paragraph(getTranslation("privacy.erased.detail",
                    report.actorsAnonymised(), report.contactsCleared(), report.registerMentions() + report.invitations()
                            + report.consents(), report.auditEntries(), report.instrumentRecords().values().stream()
                            .mapToInt(Integer::intValue).sum())));
        } catch (ApplicationException e) {
            problem.setText(Messages.of(this, e));
        }
    }

    private void count(UnorderedList list, String key, int count) {
        if (count > 0) {
            list.add(new ListItem(getTranslation(key, count)));
        }
    }

    private static Anchor download(String label, String fileName, String mediaType,
            java.util.function.Supplier<byte[]> content) {
        Anchor anchor = new Anchor(Downloads.of(fileName, mediaType, content), label);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    private String tenant() {
        return tenantSlug;
    }
}
