package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.RegisterReader;
import be.buurtwijzer.plugins.spiderweb.domain.Factor;
import be.buurtwijzer.plugins.spiderweb.domain.FactorScore;
import be.buurtwijzer.plugins.spiderweb.domain.Placement;
import be.buurtwijzer.plugins.spiderweb.domain.ScanQuestion;
import be.buurtwijzer.plugins.support.DraftKeeper;
import be.buurtwijzer.plugins.support.Plural;
import be.buurtwijzer.plugins.support.StickyActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spider web page: choose or start a web, place actors from the register, score the factors,
 * fill in the partner scan and the step-6 worksheet, and see the web and the factor radar (with the
 * same data in tables), its signals, snapshots and their comparison. Each part is a component of its own
 * ({@link ActorsPanel}, {@link FactorsPanel}, {@link WorksheetPanel}, {@link SelfCheckPanel},
 * {@link WebPicturePanel}, {@link SnapshotsPanel}); this page keeps the web being edited, and stores it.
 */
public class SpiderWebView extends VerticalLayout {

    final Select<Payloads.WebSummary> webs = new Select<>();
    final TextField name = new TextField();
    final TextArea challenge = new TextArea();
    final RadioButtonGroup<Documents.WebKind> kind = new RadioButtonGroup<>();
    final ActorsPanel actors;
    final FactorsPanel factorsPanel;
    final WorksheetPanel worksheet;
    final SelfCheckPanel selfCheck;
    final Div result = new Div();
    /** Shown when someone else saved this web meanwhile: takes their version (this page's changes are dropped). */
    final Button reload = new Button();
    final WebPicturePanel picture;
    final SnapshotsPanel snapshots;
    private final InstrumentContext context;
    private final SpiderWebService service;
    private final boolean canEdit;
    private final List<ActorRow> rows = new ArrayList<>();
    private final DraftKeeper drafts;
    /** The version a resumed draft was made from (null: the version on screen). */
    private Long draftVersion;
    private static final Jsonb JSON = JsonbBuilder.create();
    private final Map<String, FactorScore> scores = new LinkedHashMap<>();
    private Payloads.WebDetails current;
    /** The seed's factors and the municipality's own, read when the page opens and when one is added. */
    private Map<String, Factor> factors;

    public SpiderWebView(InstrumentContext context) {
        this.context = context;
        this.service = new SpiderWebService(context);
        this.canEdit = context.user().has(SpiderWebInstrument.EDIT);
        this.snapshots = new SnapshotsPanel(context, service, canEdit, result::setText);
        this.actors = new ActorsPanel(context, rows, canEdit);
        this.factorsPanel = new FactorsPanel(context, scores, canEdit);
        this.worksheet = new WorksheetPanel(context, scores, canEdit);
        this.selfCheck = new SelfCheckPanel(context, canEdit);
        this.picture = new WebPicturePanel(context);
        this.drafts = new DraftKeeper(context, "web", () -> JSON.toJson(input()));
        setPadding(false);
        add(new Paragraph(context.text(
                "Plaats de actoren rond een uitdaging per sector en volgens hoe intens ze nu samenwerken (binnenste ring: "
                        + "samen uitvoeren). Geef aan welke intensiteit de samenwerking nodig heeft, waar vonken en vuur "
                        + "zitten, en welke factoren stimuleren of remmen.",
                "Place the actors around a challenge by sector and by how intensely they collaborate now (inner ring: "
                        + "carrying out together). Say which intensity the collaboration needs, where sparks and fire "
                        + "are, and which factors stimulate or inhibit.")));
        webs.setLabel(context.text("Spinnenweb", "Spider web"));
        webs.setId("spiderweb-select");
        webs.setItemLabelGenerator(w -> w == null ? "" : w.name());
        webs.setPlaceholder(context.text("Nieuw spinnenweb (nog niet bewaard)", "New spider web (not saved yet)"));
        webs.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                load(service.view(e.getValue().id()));
            }
        });
        Button fresh = new Button(context.text("Nieuw spinnenweb", "New spider web"), click -> load(null));
        fresh.setVisible(canEdit);
        HorizontalLayout top = new HorizontalLayout(webs, fresh);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(drafts, top);

        name.setLabel(context.text("Naam", "Name"));
        name.setId("spiderweb-name");
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        challenge.setLabel(context.text("Uitdaging of samenwerking", "Challenge or collaboration"));
        challenge.setWidthFull();
        kind.setLabel(context.text("Het web gaat over", "The web is about"));
        kind.setItems(Documents.WebKind.values());
        kind.setItemLabelGenerator(k -> k == Documents.WebKind.CHALLENGE ? context.text("een uitdaging", "a challenge")
                : context.text("een samenwerking", "a collaboration"));
        add(name, kind, challenge);

        actors.addScanListener(e -> openScan(e.row()));
        factorsPanel.addScoreListener(e -> worksheet.show(factors));
        factorsPanel.addAddListener(e -> addFactor(e.kind(), e.label()));
        add(actors, factorsPanel, worksheet, selfCheck);

        Button save = new Button(context.text("Spinnenweb bewaren", "Save the spider web"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(canEdit);
        result.getElement().setAttribute("aria-live", "polite");
        reload.setText(context.text("Nieuwe versie laden", "Load the new version"));
        reload.setId("spiderweb-reload");
        reload.setVisible(false);
        reload.addClickListener(click -> {
            reload.setVisible(false);
            result.setText("");
            if (current != null) {
                String id = current.id();
                List<Payloads.WebSummary> all = service.webs();
                webs.setItems(all);
                all.stream().filter(w -> w.id().equals(id)).findFirst().ifPresent(webs::setValue);
                load(service.view(id));
            }
        });
        add(StickyActions.of(save, result, reload), picture, snapshots);
        drafts.watch(this);

        setReadOnly();
        List<Payloads.WebSummary> all = service.webs();
        webs.setItems(all);
        if (!all.isEmpty()) {
            webs.setValue(all.get(0));
            load(service.view(all.get(0).id()));
        } else {
            load(null);
        }
    }

    private void setReadOnly() {
        name.setReadOnly(!canEdit);
        challenge.setReadOnly(!canEdit);
        kind.setReadOnly(!canEdit);
    }

    /** The partner scan of an actor; a scan of the same partner in another web is offered to an editor. */
    private void openScan(ActorRow row) {
        Payloads.PartnerScanDetails earlier = canEdit && row.scan.isEmpty() ? service.partnerScan(
                new Payloads.PartnerScanRequest(row.actorId, current == null ? null : current.id())) : null;
        PartnerScanDialog dialog = new PartnerScanDialog(context, row, earlier, canEdit);
        dialog.addKeepListener(e -> {
            // the dialog lies outside the watched page: its answers join the draft here
            drafts.changed();
            result.setText(context.text("Antwoorden overgenomen; bewaar het spinnenweb om ze op te slaan.",
                    "Answers kept; save the spider web to store them."));
        });
        dialog.open();
    }

    private void addFactor(Factor.Kind factorKind, String label) {
        try {
            context.call("add-factor", new Payloads.FactorInput(factorKind, label, null));
            factors = service.factorsById();
            factorsPanel.added(factors.values());
        } catch (InstrumentException e) {
            factorsPanel.refused(e.getMessage());
        }
    }

    void load(Payloads.WebDetails web) {
        show(web);
        if (web == null) {
            // new means visibly new: no old name stays in the selector
            webs.clear();
        }
        drafts.open(web == null ? null : web.id(), this::resume);
    }

    private Payloads.WebInput input() {
        return new Payloads.WebInput(current == null ? null : current.id(), name.getValue(), challenge.getValue(),
                kind.getValue(), rows.stream().map(r -> new Payloads.PlacementInput(r.actorId, r.current, r.needed,
                        r.participation, r.enthusiasm, r.scan)).toList(), List.copyOf(scores.values()),
                selfCheck.answers(), draftVersion != null ? draftVersion : current == null ? null : current.version());
    }

    /** Puts a draft's state back on screen, over the web it was made from. */
    private void resume(String json) {
        Payloads.WebInput draft = JSON.fromJson(json, Payloads.WebInput.class);
        // the draft keeps the version it was made from: saving it over a colleague's later save is a conflict
        draftVersion = draft.version();
        Map<String, RegisterReader.Actor> known = new LinkedHashMap<>();
        context.register().actors().forEach(a -> known.put(a.id(), a));
        name.setValue(draft.name() == null ? "" : draft.name());
        challenge.setValue(draft.challenge() == null ? "" : draft.challenge());
        kind.setValue(draft.kind());
        rows.clear();
        for (Payloads.PlacementInput p : draft.placements() == null ? List.<Payloads.PlacementInput>of()
                : draft.placements()) {
            RegisterReader.Actor actor = known.get(p.actorId());
            if (actor == null) {
                continue;
            }
            ActorRow row = new ActorRow();
            row.actorId = actor.id();
            row.name = actor.name();
            row.sector = actor.sector();
            row.current = p.current();
            row.needed = p.needed();
            row.participation = p.participation();
            row.enthusiasm = p.enthusiasm();
            if (p.scan() != null) {
                row.scan.putAll(p.scan());
            }
            rows.add(row);
        }
        scores.clear();
        if (draft.factors() != null) {
            draft.factors().forEach(f -> scores.put(f.factorId(), f));
        }
        actors.refresh();
        selfCheck.show(draft.networkCheck());
        worksheet.show(factors);
    }

    private void show(Payloads.WebDetails web) {
        current = web;
        draftVersion = null;
        rows.clear();
        scores.clear();
        name.setValue(web == null ? "" : web.name());
        name.setInvalid(false);
        challenge.setValue(web == null || web.challenge() == null ? "" : web.challenge());
        kind.setValue(web == null ? Documents.WebKind.CHALLENGE : web.kind());
        if (web != null) {
            for (Placement p : web.state().placements()) {
                ActorRow row = new ActorRow();
                row.actorId = p.actorId();
                row.name = p.actorName();
                row.sector = p.sector().name();
                row.current = p.current();
                row.needed = p.needed();
                row.participation = p.participation();
                row.enthusiasm = p.enthusiasm();
                row.scan = new EnumMap<>(ScanQuestion.class);
                row.scan.putAll(p.scan());
                rows.add(row);
            }
            web.state().factors().forEach(f -> scores.put(f.factorId(), f));
        }
        selfCheck.show(web == null ? null : web.networkCheck());
        actors.show(context.register().actors());
        factors = service.factorsById();
        factorsPanel.show(factors.values());
        worksheet.show(factors);
        picture.show(current, factors);
        snapshots.show(current);
    }

    void save() {
        name.setInvalid(false);
        try {
            Payloads.WebDetails saved = context.call("save-web", input(), Payloads.WebDetails.class);
            List<Payloads.WebSummary> all = service.webs();
            webs.setItems(all);
            all.stream().filter(w -> w.id().equals(saved.id())).findFirst().ifPresent(webs::setValue);
            drafts.saved();
            load(saved);
            result.setText(context.text("Spinnenweb bewaard.", "Spider web saved."));
            Notification.show(context.text("Spinnenweb bewaard.", "Spider web saved."), 3000,
                    Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InstrumentException e) {
            if ("name".equals(e.field())) {
                name.setErrorMessage(e.getMessage());
                name.setInvalid(true);
            }
            result.setText(e.getMessage());
            reload.setVisible(e.kind() == InstrumentException.Kind.CONFLICT);
        }
    }

    static Component card(InstrumentContext context) {
        List<Payloads.WebSummary> webs = new SpiderWebService(context).webs();
        int actors = webs.stream().mapToInt(Payloads.WebSummary::actors).sum();
        return new Paragraph(context.text(Plural.nlFigure(webs.size(), "spinnenweb", "spinnenwebben")
                + " met samen " + Plural.nlFigure(actors, "actor", "actoren"), Plural.enFigure(webs.size(), "spider web",
                "spider webs") + " with " + Plural.enFigure(actors, "actor", "actors") + " in all"));
    }
}
