package be.buurtwijzer.plugins.typology;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.RegisterReader;
import be.buurtwijzer.plugins.typology.domain.Classifier;
import be.buurtwijzer.plugins.typology.domain.InitiativeType;
import be.buurtwijzer.plugins.typology.domain.Portfolio;
import be.buurtwijzer.plugins.typology.domain.Proposal;
import be.buurtwijzer.plugins.typology.domain.Warning;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The typology page: the municipality's initiatives with their type, the questions and the
 * explained proposal for the chosen one (accept or override with a reason), its history, and the
 * portfolio with warnings, picture and downloads.
 */
public class TypologyView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Brussels"));

    final Grid<Portfolio.Row> initiatives = new Grid<>();
    final AnswersForm form;
    final Div proposalPanel = new Div();
    final Grid<Classification> history = new Grid<>();
    final VerticalLayout editor = new VerticalLayout();
    private final be.buurtwijzer.plugins.support.DraftKeeper drafts;
    private static final jakarta.json.bind.Jsonb JSON = jakarta.json.bind.JsonbBuilder.create();
    final H2 editorTitle = new H2();
    final Select<RegisterReader.Neighbourhood> neighbourhood = new Select<>();
    final PortfolioPanel portfolioPanel;
    private final InstrumentContext context;
    private final TypologyService service;
    private final boolean canEdit;
    private Portfolio.Row selected;
    /** The version of the selected initiative's profile as this page read it; null when it had none. */
    private Long version;
    private boolean refreshing;

    public TypologyView(InstrumentContext context) {
        this.context = context;
        this.service = new TypologyService(context);
        this.canEdit = context.user().has(TypologyInstrument.EDIT);
        this.form = new AnswersForm(context);
        this.portfolioPanel = new PortfolioPanel(context);
        this.drafts = new be.buurtwijzer.plugins.support.DraftKeeper(context, "typology",
                () -> selected == null ? "" : JSON.toJson(form.read(selected.initiativeId(), version)));
        setPadding(false);
        add(new Paragraph(context.text("Kies een initiatief uit het register, beantwoord de vragen van Tabel 1 en bekijk het "
                        + "voorstel met zijn uitleg. Je kan het voorstel aanvaarden of er met een reden van afwijken.",
                        "Choose an initiative from the register, answer the questions of Table 1 and look at the "
                                + "proposal and its explanation. You can accept it or differ from it with a reason.")));
        initiatives.addColumn(Portfolio.Row::name).setHeader(context.text("Initiatief", "Initiative")).setSortable(true)
                .setFlexGrow(2);
        initiatives.addColumn(r -> r.type() == null ? context.text("nog niet getypeerd", "not classified yet")
                : InitiativeType.valueOf(r.type()).label().in(context.locale())).setHeader(context.text("Type",
                "Type")).setFlexGrow(2);
        initiatives.addColumn(r -> r.scale() == null ? "" : Scale.valueOf(r.scale()).label().in(context.locale()))
                .setHeader(context.text("Schaal", "Scale"));
        initiatives.addColumn(Portfolio.Row::links).setHeader(context.text("Verbindingen", "Links"));
        initiatives.setAllRowsVisible(true);
        initiatives.getElement().setAttribute("aria-label", context.text("Initiatieven", "Initiatives"));
        initiatives.asSingleSelect().addValueChangeListener(e -> {
            if (!refreshing) {
                open(e.getValue());
            }
        });
        add(initiatives);

        history.addColumn(c -> WHEN.format(c.at())).setHeader(context.text("Wanneer", "When")).setAutoWidth(true);
        history.addColumn(Classification::by).setHeader(context.text("Door", "By")).setAutoWidth(true);
        history.addColumn(this::proposedLabel).setHeader(context.text("Voorstel", "Proposal"));
        history.addColumn(c -> c.chosen().label().in(context.locale())).setHeader(context.text("Gekozen", "Chosen"));
        history.addColumn(c -> c.reason() == null ? "" : c.reason()).setHeader(context.text("Reden",
                "Reason")).setFlexGrow(2);
        history.setAllRowsVisible(true);
        history.getElement().setAttribute("aria-label", context.text("Geschiedenis van de typering",
                "Classification history"));
        Button save = new Button(context.text("Bewaren en type voorstellen", "Save and propose a type"),
                click -> saveAndPropose());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(canEdit);
        form.setEnabled(canEdit);
        editor.setPadding(false);
        editor.add(editorTitle, drafts, form, be.buurtwijzer.plugins.support.StickyActions.of(save), proposalPanel,
                new H3(context.text("Geschiedenis", "History")), history);
        // answers typed but not saved are kept as a draft per initiative
        drafts.watch(form);
        editor.setVisible(false);
        add(editor);

        neighbourhood.setLabel(context.text("Portfolio van", "Portfolio of"));
        neighbourhood.setId("typology-neighbourhood");
        neighbourhood.setEmptySelectionAllowed(true);
        neighbourhood.setEmptySelectionCaption(context.text("de hele gemeente", "the whole municipality"));
        neighbourhood.setItemLabelGenerator(n -> n == null ? context.text("de hele gemeente",
                "the whole municipality") : n.name());
        neighbourhood.setItems(context.register().neighbourhoods());
        neighbourhood.addValueChangeListener(e -> showPortfolio(null));
        add(new H2(context.text("Portfolio", "Portfolio")), neighbourhood, portfolioPanel);
        refresh();
    }

    private String proposedLabel(Classification c) {
        return c.proposed() != null ? c.proposed().label().in(context.locale())
                : context.text("gelijke stand: ", "tie: ") + String.join(" / ", c.tiedWith().stream()
                        .map(type -> type.label().in(context.locale())).toList());
    }

    void refresh() {
        Portfolio all = service.portfolio(null);
        initiatives.setItems(all.rows());
        showPortfolio(all);
    }

    void open(Portfolio.Row row) {
        selected = row;
        proposalPanel.removeAll();
        if (row == null) {
            editor.setVisible(false);
            return;
        }
        editorTitle.setText(row.name());
        var stored = service.profile(row.initiativeId());
        version = stored.map(r -> r.version()).orElse(null);
        Profile profile = stored.map(r -> r.value()).orElse(null);
        form.show(row.initiativeId(), profile == null ? null : profile.answers(), context.register().initiatives());
        drafts.open(row.initiativeId(), this::resume);
        history.setItems(profile == null ? List.of() : profile.history().reversed());
        editor.setVisible(true);
        if (profile != null && profile.answers() != null) {
            showProposal(Classifier.classify(profile.answers()));
        }
    }

    /** A draft of this initiative's answers back in the form, with the version it was made from. */
    private void resume(String json) {
        Payloads.AnswersInput draft = JSON.fromJson(json, Payloads.AnswersInput.class);
        version = draft.version();
        form.show(selected.initiativeId(), TypologyService.answers(draft), context.register().initiatives());
    }

    void saveAndPropose() {
        form.clearErrors();
        // each missing answer is said at its own question, not all together under the first
        var problems = Classifier.problems(TypologyService.answers(form.read(selected.initiativeId(), version)));
        if (!problems.isEmpty()) {
            proposalPanel.removeAll();
            problems.stream().filter(p -> !form.showError(p.field(), context.text(p.message())))
                    .forEach(p -> proposalPanel.add(alert(context.text(p.message()))));
            return;
        }
        try {
            Payloads.ProfileDetails saved = context.call("save-answers", form.read(selected.initiativeId(), version),
                    Payloads.ProfileDetails.class);
            version = saved.version();
            showProposal(Classifier.classify(saved.answers()));
            refreshKeepingSelection();
            drafts.saved();
            drafts.open(selected.initiativeId(), this::resume);
        } catch (InstrumentException e) {
            if (e.kind() == InstrumentException.Kind.CONFLICT) {
                showConflict(e.getMessage());
            } else if (!form.showError(e.field(), e.getMessage())) {
                proposalPanel.removeAll();
                proposalPanel.add(alert(e.getMessage()));
            }
        }
    }

    private void refreshKeepingSelection() {
        String id = selected.initiativeId();
        Portfolio all = service.portfolio(null);
        refreshing = true;
        try {
            initiatives.setItems(all.rows());
            all.rows().stream().filter(r -> r.initiativeId().equals(id)).findFirst().ifPresent(r -> {
                selected = r;
                initiatives.select(r);
            });
        } finally {
            refreshing = false;
        }
        service.profile(id).ifPresent(p -> {
            version = p.version();
            history.setItems(p.value().history().reversed());
        });
        showPortfolio(all);
    }

    /** Someone else changed this initiative's typology since the page read it: say who, offer to reload. */
    private void showConflict(String message) {
        proposalPanel.removeAll();
        Button reload = new Button(context.text("Opnieuw laden", "Reload"), click -> open(selected));
        reload.setId("typology-reload");
        proposalPanel.add(alert(message), reload);
    }

    void showProposal(Proposal proposal) {
        proposalPanel.removeAll();
        Payloads.ProposalDetails view = Payloads.ProposalDetails.of(selected.initiativeId(), proposal, context.locale());
        Paragraph summary = new Paragraph(view.summary());
        summary.setId("typology-proposal");
        summary.getStyle().set("font-weight", "600");
        UnorderedList reasons = new UnorderedList();
        view.criteria().forEach(c -> reasons.add(new ListItem(c.label() + ": " + c.reason())));
        proposalPanel.add(new H3(context.text("Voorstel", "Proposal")), summary, reasons);
        proposalPanel.getElement().setAttribute("aria-live", "polite");
        if (!canEdit) {
            return;
        }
        HorizontalLayout accept = new HorizontalLayout();
        if (proposal.tie()) {
            for (InitiativeType type : proposal.tiedWith()) {
                Button choose = new Button(context.text("Kiezen: ", "Choose: ") + type.label().in(context.locale()),
                        click -> decide(new Payloads.Decision(selected.initiativeId(), type, null, version)));
                choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                accept.add(choose);
            }
        } else {
            Button button = new Button(context.text("Voorstel aanvaarden", "Accept the proposal"),
                    click -> decide(new Payloads.Decision(selected.initiativeId(), null, null, version)));
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.add(button);
        }
        Select<InitiativeType> other = new Select<>();
        other.setId("typology-override-type");
        other.setLabel(context.text("Ander type", "Other type"));
        other.setItems(InitiativeType.values());
        other.setItemLabelGenerator(type -> type == null ? "" : type.label().in(context.locale()));
        TextArea reason = new TextArea(context.text("Waarom wijk je af?", "Why do you differ?"));
        reason.setId("typology-override-reason");
        reason.setMaxLength(2000);
        reason.setWidthFull();
        Button override = new Button(context.text("Afwijken met reden", "Override with a reason"), click -> {
            if (other.getValue() == null) {
                other.setErrorMessage(context.text("Kies het type dat volgens jou past.",
                        "Choose the type you think fits."));
                other.setInvalid(true);
                return;
            }
            try {
                context.call("decide", new Payloads.Decision(selected.initiativeId(), other.getValue(),
                        reason.getValue(), version));
                proposalPanel.add(confirmation());
                refreshKeepingSelection();
            } catch (InstrumentException e) {
                if (e.kind() == InstrumentException.Kind.CONFLICT) {
                    showConflict(e.getMessage());
                    return;
                }
                reason.setErrorMessage(e.getMessage());
                reason.setInvalid(true);
            }
        });
        proposalPanel.add(accept, new H3(context.text("Of kies zelf", "Or choose yourself")),
                new HorizontalLayout(other), reason,
                override);
    }

    private void decide(Payloads.Decision decision) {
        try {
            context.call("decide", decision);
        } catch (InstrumentException e) {
            if (e.kind() == InstrumentException.Kind.CONFLICT) {
                showConflict(e.getMessage());
            } else {
                proposalPanel.add(alert(e.getMessage()));
            }
            return;
        }
        proposalPanel.add(confirmation());
        refreshKeepingSelection();
    }

    private Paragraph confirmation() {
        Paragraph done = new Paragraph(context.text("Typering bewaard.", "Classification saved."));
        done.getElement().setAttribute("role", "status");
        return done;
    }

    private static Paragraph alert(String message) {
        Paragraph p = new Paragraph(message);
        p.getElement().setAttribute("role", "alert");
        p.getStyle().set("color", "var(--lumo-error-text-color)");
        return p;
    }

    /** @param wholeMunicipality the municipality's portfolio when already at hand, else null */
    void showPortfolio(Portfolio wholeMunicipality) {
        String neighbourhoodId = neighbourhood.getValue() == null ? null : neighbourhood.getValue().id();
        Portfolio portfolio = neighbourhoodId == null && wholeMunicipality != null ? wholeMunicipality
                : service.portfolio(neighbourhoodId);
        portfolioPanel.show(portfolio, neighbourhoodId, neighbourhoodId == null ? context.tenant().name()
                : neighbourhood.getValue().name());
    }

    /** The dashboard card: how far the municipality got and how many warnings are open. */
    static Component card(InstrumentContext context) {
        Portfolio p = new TypologyService(context).portfolio(null);
        long warnings = p.warnings().stream().filter(w -> w.kind() != Warning.Kind.NOT_CLASSIFIED
                && w.level() == Warning.Level.WARNING).count();
        return new Paragraph(Counts.card(p.classified(), p.initiatives(), warnings, context.locale()));
    }
}
