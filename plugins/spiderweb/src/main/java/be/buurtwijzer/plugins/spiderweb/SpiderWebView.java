package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugins.support.DownloadLink;
import be.buurtwijzer.plugins.support.Plural;
import be.buurtwijzer.plugin.api.Downloads;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.RegisterReader;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugins.spiderweb.domain.CollaborationCheck;
import be.buurtwijzer.plugins.spiderweb.domain.Enthusiasm;
import be.buurtwijzer.plugins.spiderweb.domain.Factor;
import be.buurtwijzer.plugins.spiderweb.domain.FactorScore;
import be.buurtwijzer.plugins.spiderweb.domain.Participation;
import be.buurtwijzer.plugins.spiderweb.domain.Placement;
import be.buurtwijzer.plugins.spiderweb.domain.ScanQuestion;
import be.buurtwijzer.plugins.support.DraftKeeper;
import be.buurtwijzer.plugins.support.StickyActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The spider web page: choose or start a web, place actors from the register, score the factors,
 * fill in the partner scan and the step-6 worksheet, and see the web and the factor radar (with the
 * same data in tables), its signals, snapshots and their comparison.
 */
public class SpiderWebView extends VerticalLayout {

    final Select<Payloads.WebSummary> webs = new Select<>();
    final TextField name = new TextField();
    final TextArea challenge = new TextArea();
    final RadioButtonGroup<Documents.WebKind> kind = new RadioButtonGroup<>();
    final Grid<Row> actors = new Grid<>();
    final ComboBox<RegisterReader.Actor> addActor = new ComboBox<>();
    final Grid<Factor> factorGrid = new Grid<>();
    final VerticalLayout worksheet = new VerticalLayout();
    final VerticalLayout selfCheck = new VerticalLayout();
    private final Map<CollaborationCheck.Characteristic, Documents.CheckAnswer> check =
            new EnumMap<>(CollaborationCheck.Characteristic.class);
    final Div result = new Div();
    /** Shown when someone else saved this web meanwhile: takes their version (this page's changes are dropped). */
    final Button reload = new Button();
    final VerticalLayout picture = new VerticalLayout();
    final SnapshotsPanel snapshots;
    private final InstrumentContext context;
    private final SpiderWebService service;
    private final boolean canEdit;
    private final List<Row> rows = new ArrayList<>();
    private final DraftKeeper drafts;
    /** The version a resumed draft was made from (null: the version on screen). */
    private Long draftVersion;
    private static final Jsonb JSON = JsonbBuilder.create();
    private final Map<String, FactorScore> scores = new LinkedHashMap<>();
    private Payloads.WebDetails current;
    /** The seed's factors and the municipality's own, read when the page opens and when one is added. */
    private Map<String, Factor> factors;

    /** An actor's place while editing. */
    static final class Row {
        String actorId;
        String name;
        String sector;
        Intensity current;
        Intensity needed;
        Participation participation;
        Enthusiasm enthusiasm;
        Map<ScanQuestion, String> scan = new EnumMap<>(ScanQuestion.class);
    }

    public SpiderWebView(InstrumentContext context) {
        this.context = context;
        this.service = new SpiderWebService(context);
        this.canEdit = context.user().has(SpiderWebInstrument.EDIT);
        this.snapshots = new SnapshotsPanel(context, service, canEdit, result::setText);
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

        add(new H2(context.text("Actoren", "Actors")));
        buildActorGrid();
        addActor.setLabel(context.text("Actor uit het register", "Actor from the register"));
        addActor.setId("spiderweb-add-actor");
        addActor.setItemLabelGenerator(RegisterReader.Actor::name);
        Button add = new Button(context.text("Actor toevoegen", "Add actor"), click -> {
            RegisterReader.Actor actor = addActor.getValue();
            if (actor != null && rows.stream().noneMatch(r -> r.actorId.equals(actor.id()))) {
                Row row = new Row();
                row.actorId = actor.id();
                row.name = actor.name();
                row.sector = actor.sector();
                rows.add(row);
                actors.setItems(rows);
                addActor.clear();
            }
        });
        HorizontalLayout adding = new HorizontalLayout(addActor, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setVisible(canEdit);
        add(actors, adding);

        add(new H2(context.text("Stimulerende en remmende factoren", "Stimulating and inhibiting factors")));
        buildFactorGrid();
        add(factorGrid, newFactorForm());
        add(new H2(context.text("Werkblad stap 6: realiteitscheck", "Step 6 worksheet: reality check")), worksheet);
        worksheet.setPadding(false);
        add(new H2(context.text("Zelfcheck: kenmerken van doelgerichte netwerken",
                "Self-check: characteristics of goal-directed "
                + "networks")),
                new Paragraph(context.text("Zie het ontbreken van een kenmerk niet als een slecht cijfer op het "
                + "rapport, maar als een mogelijk verbeterpunt.", "Do not see a missing characteristic as a bad mark, "
                + "but as a possible point to improve.")), selfCheck);
        selfCheck.setPadding(false);

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
        picture.setPadding(false);

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

    private <E extends Enum<E>> Select<E> select(E[] values, E value, java.util.function.Function<E, Text> label,
            String aria, java.util.function.Consumer<E> onChange) {
        Select<E> select = new Select<>();
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setItemLabelGenerator(v -> v == null ? "—" : context.text(label.apply(v)));
        select.setValue(value);
        select.setAriaLabel(aria);
        select.setWidthFull();
        select.setReadOnly(!canEdit);
        select.addValueChangeListener(e -> onChange.accept(e.getValue()));
        return select;
    }

    private void buildActorGrid() {
        // fixed widths: on a narrow screen the grid scrolls sideways instead of squeezing its fields into each other
        actors.addColumn(r -> r.name).setHeader(context.text("Actor", "Actor")).setWidth("12rem").setFlexGrow(1);
        actors.addColumn(r -> context.text(be.buurtwijzer.plugins.spiderweb.domain.Sector.of(r.sector).label()))
                .setHeader(context.text("Sector", "Sector")).setWidth("8rem").setFlexGrow(0);
        actors.addComponentColumn(r -> {
            Select<Intensity> now = select(Intensity.values(), r.current, Intensity::label,
                    context.text("Huidige intensiteit van ", "Current intensity of ") + r.name, v -> r.current = v);
            // the method places every actor by how it works together now: chosen, never assumed
            now.setId("spiderweb-current-" + rows.indexOf(r));
            return now;
        })
                .setHeader(context.text("Nu", "Now")).setWidth("14rem").setFlexGrow(0);
        actors.addComponentColumn(r -> select(Intensity.values(), r.needed, Intensity::label,
                context.text("Nodige intensiteit van ", "Needed intensity of ") + r.name, v -> r.needed = v))
                .setHeader(context.text("Nodig", "Needed")).setWidth("14rem").setFlexGrow(0);
        actors.addColumn(r -> r.needed == null ? "" : context.text(CollaborationCheck.forms(r.needed)))
                .setHeader(context.text("Passende samenwerkingsvormen",
                "Fitting forms of collaboration")).setWidth("14rem")
                .setFlexGrow(1);
        actors.addComponentColumn(r -> select(Participation.values(), r.participation, Participation::label,
                context.text("Participatie van ", "Participation of ") + r.name, v -> r.participation = v))
                .setHeader(context.text("Participatie", "Participation")).setWidth("12rem").setFlexGrow(0);
        actors.addComponentColumn(r -> select(Enthusiasm.values(), r.enthusiasm, Enthusiasm::label,
                context.text("Enthousiasme van ", "Enthusiasm of ") + r.name, v -> r.enthusiasm = v))
                .setHeader(context.text("Vonken of vuur", "Sparks or fire")).setWidth("8rem").setFlexGrow(0);
        actors.addComponentColumn(r -> {
            Button scan = new Button(context.text("Partnerscan", "Partner scan"), click -> openScan(r));
            scan.setAriaLabel(context.text("Partnerscan van ", "Partner scan of ") + r.name);
            Button remove = new Button(context.text("Verwijderen", "Remove"), click -> {
                rows.remove(r);
                actors.setItems(rows);
            });
            remove.setAriaLabel(context.text("Verwijderen: ", "Remove: ") + r.name);
            remove.setVisible(canEdit);
            return new HorizontalLayout(scan, remove);
        }).setHeader(context.text("Acties", "Actions")).setAutoWidth(true);
        actors.setAllRowsVisible(true);
        actors.getElement().setAttribute("theme", "wrap-cell-content");
        actors.getElement().setAttribute("aria-label", context.text("Actoren in het spinnenweb",
                "Actors in the spider web"));
    }

    private void openScan(Row row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(context.text("Partnerscan ‘Zoek vonken en vuur’: ",
                "Partner scan ‘Look for sparks and fire’: ")
                + row.name);
        VerticalLayout questions = new VerticalLayout();
        Map<ScanQuestion, TextArea> answers = new EnumMap<>(ScanQuestion.class);
        for (ScanQuestion q : ScanQuestion.values()) {
            TextArea answer = new TextArea(context.text(q.question()));
            answer.setWidthFull();
            answer.setMaxLength(4000);
            answer.setValue(row.scan.getOrDefault(q, ""));
            answer.setReadOnly(!canEdit);
            answers.put(q, answer);
            questions.add(answer);
        }
        if (canEdit && row.scan.isEmpty()) {
            Payloads.PartnerScanDetails earlier = service.partnerScan(new Payloads.PartnerScanRequest(row.actorId,
                    current == null ? null : current.id()));
            if (earlier.webId() != null) {
                Button reuse = new Button(context.text("Scan overnemen uit ‘", "Reuse the scan from ‘")
                        + earlier.webName() + "’",
                        click -> earlier.scan().forEach((q, a) -> answers.get(q).setValue(a)));
                reuse.setId("spiderweb-reuse-scan");
                questions.addComponentAsFirst(new Paragraph(context.text("Deze partner werd al gescand in ‘",
                        "This partner was "
                        + "already scanned in ‘") + earlier.webName() + "’."));
                questions.addComponentAtIndex(1, reuse);
            }
        }
        dialog.add(questions);
        Button keep = new Button(context.text("Overnemen", "Keep"), click -> {
            answers.forEach((q, a) -> {
                if (a.getValue().isBlank()) {
                    row.scan.remove(q);
                } else {
                    row.scan.put(q, a.getValue());
                }
            });
            dialog.close();
            // the dialog lies outside the watched page: its answers join the draft here
            drafts.changed();
            result.setText(context.text("Antwoorden overgenomen; bewaar het spinnenweb om ze op te slaan.",
                    "Answers kept; save the spider web to store them."));
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keep.setVisible(canEdit);
        dialog.getFooter().add(new Button(context.text("Sluiten", "Close"), click -> dialog.close()), keep);
        dialog.setWidth("min(900px, 95vw)");
        dialog.open();
    }

    private void buildFactorGrid() {
        factorGrid.addColumn(f -> context.text(f.label())).setHeader(context.text("Factor", "Factor")).setFlexGrow(3);
        factorGrid.addColumn(f -> context.text(f.kind().label())).setHeader(context.text("Soort", "Kind"));
        factorGrid.addComponentColumn(f -> {
            IntegerField score = new IntegerField();
            score.setMin(0);
            score.setMax(5);
            score.setStepButtonsVisible(true);
            score.setAriaLabel(context.text("Score van ", "Score of ") + context.text(f.label()));
            score.setValue(scores.containsKey(f.id()) ? scores.get(f.id()).score() : 0);
            score.setReadOnly(!canEdit);
            score.addValueChangeListener(e -> {
                int value = e.getValue() == null ? 0 : e.getValue();
                FactorScore old = scores.get(f.id());
                scores.put(f.id(), old == null ? new FactorScore(f.id(), value, null, null, null, null, null)
                        : new FactorScore(f.id(), value, old.use(), old.removable(), old.deviation(), old.consequence(),
                                old.absorption()));
                showWorksheet();
            });
            return score;
        }).setHeader(context.text("Score (0–5)", "Score (0–5)"));
        factorGrid.setAllRowsVisible(true);
        factorGrid.getElement().setAttribute("aria-label", context.text("Factoren", "Factors"));
    }

    private Component newFactorForm() {
        TextField label = new TextField(context.text("Eigen factor", "Own factor"));
        label.setMaxLength(200);
        Select<Factor.Kind> factorKind = new Select<>();
        factorKind.setLabel(context.text("Soort", "Kind"));
        factorKind.setItems(Factor.Kind.values());
        factorKind.setItemLabelGenerator(k -> k == null ? "" : context.text(k.label()));
        factorKind.setValue(Factor.Kind.INHIBITING);
        Button add = new Button(context.text("Factor toevoegen", "Add factor"), click -> {
            try {
                context.call("add-factor", new Payloads.FactorInput(factorKind.getValue(), label.getValue(), null));
                label.clear();
                label.setInvalid(false);
                factors = service.factorsById();
                factorGrid.setItems(factors.values());
            } catch (InstrumentException e) {
                label.setErrorMessage(e.getMessage());
                label.setInvalid(true);
            }
        });
        HorizontalLayout form = new HorizontalLayout(label, factorKind, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setVisible(canEdit);
        return form;
    }

    /** The four characteristics, each with the seed's question, an answer and a note. */
    private void showSelfCheck() {
        selfCheck.removeAll();
        for (CollaborationCheck.Characteristic c : CollaborationCheck.Characteristic.values()) {
            Documents.CheckAnswer given = check.get(c);
            RadioButtonGroup<CollaborationCheck.Answer> answer = new RadioButtonGroup<>(context.text(c.label()) + ": "
                    + context.text(c.question()));
            answer.setItems(CollaborationCheck.Answer.values());
            answer.setItemLabelGenerator(a -> context.text(a.label()));
            answer.setValue(given == null ? null : given.answer());
            answer.setReadOnly(!canEdit);
            TextArea note = new TextArea(context.text("Toelichting bij ", "Note on ")
                    + context.text(c.label()).toLowerCase());
            note.setWidthFull();
            note.setMaxLength(4000);
            note.setValue(given == null || given.note() == null ? "" : given.note());
            note.setReadOnly(!canEdit);
            Runnable keep = () -> {
                if (answer.getValue() == null && note.getValue().isBlank()) {
                    check.remove(c);
                } else {
                    check.put(c, new Documents.CheckAnswer(answer.getValue(), note.getValue().isBlank() ? null
                            : note.getValue()));
                }
            };
            answer.addValueChangeListener(e -> keep.run());
            note.addValueChangeListener(e -> keep.run());
            selfCheck.add(answer, note);
        }
    }

    private void showWorksheet() {
        worksheet.removeAll();
        List<FactorScore> scored = scores.values().stream().filter(s -> s.score() > 0).toList();
        if (scored.isEmpty()) {
            worksheet.add(new Paragraph(context.text("Geef factoren een score om ze hier uit te werken.",
                    "Score factors to work them out here.")));
        }
        for (FactorScore s : scored) {
            Factor factor = factors.get(s.factorId());
            if (factor == null) {
                continue;
            }
            VerticalLayout body = new VerticalLayout();
            body.setPadding(false);
            if (factor.kind() == Factor.Kind.STIMULATING) {
                body.add(area(context.text("Hoe zet je deze factor in?", "How do you use this factor?"), s.use(),
                        v -> update(s.factorId(), v, null, null, null, null, 1)));
            } else {
                Checkbox removable = new Checkbox(context.text("Deze factor kan weggewerkt worden",
                        "This factor can be removed"),
                        Boolean.TRUE.equals(s.removable()));
                removable.setReadOnly(!canEdit);
                removable.addValueChangeListener(e -> update(s.factorId(), null, e.getValue(), null, null, null, 2));
                body.add(removable,
                        area(context.text("Hoe wijk je af van de ideale samenwerking?",
                        "How do you deviate from the ideal collaboration?"),
                                s.deviation(), v -> update(s.factorId(), null, null, v, null, null, 3)),
                        area(context.text("Wat zijn de gevolgen van die afwijking?", "What does the deviation cause?"),
                                s.consequence(), v -> update(s.factorId(), null, null, null, v, null, 4)),
                        area(context.text("Hoe vang je die gevolgen op?", "How do you absorb the consequences?"),
                                s.absorption(), v -> update(s.factorId(), null, null, null, null, v, 5)));
            }
            worksheet.add(new Details(context.text(factor.label()) + " (" + context.text(factor.kind().label()) + ", "
                    + s.score() + ")", body));
        }
    }

    private TextArea area(String label, String value, java.util.function.Consumer<String> onChange) {
        TextArea area = new TextArea(label);
        area.setWidthFull();
        area.setMaxLength(4000);
        area.setValue(value == null ? "" : value);
        area.setReadOnly(!canEdit);
        area.addValueChangeListener(e -> onChange.accept(e.getValue()));
        return area;
    }

    /** Replaces one worksheet field of a factor's score ({@code which}: 1 use, 2 removable, 3–5 the texts). */
    private void update(String factorId, String use, Boolean removable, String deviation, String consequence,
            String absorption, int which) {
        FactorScore s = scores.get(factorId);
        scores.put(factorId, new FactorScore(factorId, s.score(), which == 1 ? use : s.use(),
                which == 2 ? removable : s.removable(), which == 3 ? deviation : s.deviation(),
                which == 4 ? consequence : s.consequence(), which == 5 ? absorption : s.absorption()));
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
                Map.copyOf(check), draftVersion != null ? draftVersion : current == null ? null : current.version());
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
            Row row = new Row();
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
        check.clear();
        if (draft.networkCheck() != null) {
            check.putAll(draft.networkCheck());
        }
        actors.setItems(rows);
        showSelfCheck();
        showWorksheet();
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
                Row row = new Row();
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
        check.clear();
        if (web != null && web.networkCheck() != null) {
            check.putAll(web.networkCheck());
        }
        showSelfCheck();
        actors.setItems(rows);
        addActor.setItems(context.register().actors());
        factors = service.factorsById();
        factorGrid.setItems(factors.values());
        showWorksheet();
        showPicture();
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

    private void showPicture() {
        picture.removeAll();
        if (current == null) {
            return;
        }
        WebPictures pictures = WebPictures.current(context, current.name(), current.state(), factors);
        UnorderedList signals = new UnorderedList();
        current.signals().forEach(s -> signals.add(new ListItem(s.message())));
        picture.add(new H2(context.text("Wat het web laat zien", "What the web shows")), current.signals().isEmpty()
                ? new Paragraph(context.text("Geen signalen.", "No signals.")) : signals,
                image(pictures.webSvg(),
                context.text("Het spinnenweb; de tabel ‘Actoren’ hierboven bevat dezelfde gegevens.",
                        "The spider web; the ‘Actors’ table above holds the same data.")),
                image(pictures.radarSvg(),
                context.text("De factorradar; de tabel ‘Factoren’ hierboven bevat dezelfde scores.",
                        "The factor radar; the ‘Factors’ table above holds the same scores.")),
                new HorizontalLayout(
                        DownloadLink.of(context.text("Spinnenweb als SVG", "Spider web as SVG"), "spinnenweb.svg",
                        "image/svg+xml",
                                () -> WebPictures.utf8(pictures.webSvg())),
                        DownloadLink.of(context.text("Spinnenweb als PNG", "Spider web as PNG"), "spinnenweb.png",
                        "image/png",
                                pictures::webPng),
                        DownloadLink.of(context.text("Factorradar als SVG", "Factor radar as SVG"), "factorradar.svg",
                        "image/svg+xml",
                                () -> WebPictures.utf8(pictures.radarSvg())),
                        DownloadLink.of(context.text("Factorradar als PNG", "Factor radar as PNG"), "factorradar.png",
                        "image/png",
                                pictures::radarPng),
                        DownloadLink.of(context.text("Tabel als CSV", "Table as CSV"), "spinnenweb.csv", "text/csv",
                                () -> WebPictures.utf8(pictures.csv())),
                        DownloadLink.of(context.text("Tabel als Excel", "Table as Excel"), "spinnenweb.xlsx",
                        WebPictures.XLSX,
                                () -> pictures.xlsx(context))));
    }

    static Image image(String svg, String alt) {
        return be.buurtwijzer.plugins.support.Pictures.shown(svg, alt, "640px");
    }

    static Component card(InstrumentContext context) {
        List<Payloads.WebSummary> webs = new SpiderWebService(context).webs();
        int actors = webs.stream().mapToInt(Payloads.WebSummary::actors).sum();
        return new Paragraph(context.text(Plural.nlFigure(webs.size(), "spinnenweb", "spinnenwebben")
                + " met samen " + Plural.nlFigure(actors, "actor", "actoren"), Plural.enFigure(webs.size(), "spider web",
                "spider webs") + " with " + Plural.enFigure(actors, "actor", "actors") + " in all"));
    }
}
