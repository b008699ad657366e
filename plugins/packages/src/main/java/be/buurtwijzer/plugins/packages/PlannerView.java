package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugin.api.Downloads;
import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.RegisterReader;
import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugins.support.DownloadLink;
import be.buurtwijzer.plugins.packages.domain.Activity;
import be.buurtwijzer.plugins.packages.domain.Adoption;
import be.buurtwijzer.plugins.packages.domain.Division;
import be.buurtwijzer.plugins.packages.domain.Level;
import be.buurtwijzer.plugins.packages.domain.Link;
import be.buurtwijzer.plugins.packages.domain.LinkSetup;
import be.buurtwijzer.plugins.packages.domain.PackageAnalysis;
import be.buurtwijzer.plugins.packages.domain.PackageProposer;
import be.buurtwijzer.plugins.packages.domain.PackageRules;
import be.buurtwijzer.plugins.packages.domain.PackageEdits;
import be.buurtwijzer.plugins.packages.domain.PackageSetup;
import be.buurtwijzer.plugins.packages.domain.Strength;
import be.buurtwijzer.plugins.packages.picture.GraphPainter;
import be.buurtwijzer.plugins.support.DraftKeeper;
import be.buurtwijzer.plugins.support.Pictures;
import be.buurtwijzer.plugins.support.Plural;
import be.buurtwijzer.plugins.support.StickyActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The six steps of "Ontwar het bos" as tabs that can be revisited in any order: the plan is edited in
 * memory, the figures follow every change, and "Bewaren" stores it (checked by the same rules as the API).
 */
public class PlannerView extends VerticalLayout {

    final Select<Payloads.PlanSummary> plans = new Select<>();
    final HorizontalLayout steps = new HorizontalLayout();
    private final List<Button> stepButtons = new ArrayList<>();
    private int current;
    final Div step = new Div();
    final Paragraph result = new Paragraph();
    /** Shown when someone else saved this plan meanwhile: takes their version (this page's changes are dropped). */
    final Button reload = new Button();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final H2 progress = new H2();
    private final Paragraph purpose = new Paragraph();
    private final DraftKeeper drafts;
    private static final Jsonb JSON = JsonbBuilder.create();
    /** What each step is for, in one sentence after the seed's "Ontwar het bos". */
    private static final String[][] PURPOSES = {
            {"Wat is nodig om de uitdaging aan te pakken? Noteer de doelen en de activiteiten die daarvoor nodig zijn, "
                    + "los van wat vandaag al bestaat.", "What is needed to meet the challenge? Note the goals and the "
                    + "activities they need, regardless of what exists today."},
            {"Per activiteit: op welke schaal ze het best georganiseerd wordt, hoe buurtgebonden ze is en welke partners "
                    + "de nodige capaciteiten hebben.", "Per activity: at which scale it is best organised, how "
                    + "neighbourhood-bound it is and which partners have the capacities it needs."},
            {"Welke activiteiten hangen intrinsiek samen? Teken de verbindingen en hoe sterk ze zijn.",
                    "Which activities belong together intrinsically? Draw the links and how strong they are."},
            {"Stel pakketten samen die binnen zo samenhangend mogelijk zijn en onderling zo weinig mogelijk samenhangen, "
                    + "elk gedragen door één klein team.", "Put together packages that hold together inside and depend "
                    + "on each other as little as possible, each carried by one small team."},
            {"Waar moeten pakketten toch samenwerken of samen beslissen, en hoe intens?",
                    "Where must packages still work or decide together, and how intensely?"},
            {"Welke factoren helpen of remmen, welke afwijkingen van het ideaal zijn onvermijdelijk en hoe vang je ze op?",
                    "Which factors help or hinder, which deviations from the ideal cannot be avoided and how are they "
                    + "absorbed?"}};
    private final InstrumentContext context;
    private final PlannerService service;
    private final boolean canEdit;
    private final List<RegisterReader.Actor> actors;
    private String planId;
    /** The version of the plan as this page read it (null for a new plan). */
    private Long planVersion;
    private String challenge = "";
    private String description = "";
    private List<Activity> activities = new ArrayList<>();
    private List<Link> links = new ArrayList<>();
    private List<PackageSetup> packages = new ArrayList<>();
    private Documents.Reality reality = new Documents.Reality(null, null, List.of());
    private String connections = "";
    private String shortTermGoals = "";
    private String longTermGoals = "";
    private List<LinkSetup> linkSetups = new ArrayList<>();

    public PlannerView(InstrumentContext context) {
        this.context = context;
        this.service = new PlannerService(context);
        this.canEdit = context.user().has(PackagesInstrument.EDIT);
        this.actors = context.register().actors();
        this.drafts = new DraftKeeper(context, "plan", this::draft);
        drafts.watch(step);
        setPadding(false);
        add(new Paragraph(context.text("Werk een uitdaging uit in zes stappen. De stappen zijn niet lineair: ga gerust terug.",
                "Work out a challenge in six steps. The steps are not linear: go back whenever you like.")));
        plans.setLabel(context.text("Planning", "Plan"));
        plans.setId("packages-plan");
        plans.setItemLabelGenerator(p -> p == null ? "" : p.challenge());
        plans.setPlaceholder(context.text("Nieuwe planning (nog niet bewaard)", "New plan (not saved yet)"));
        plans.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                load(service.view(e.getValue().id()));
            }
        });
        Button fresh = new Button(context.text("Nieuwe planning", "New plan"), click -> load(null));
        fresh.setVisible(canEdit);
        Button save = new Button(context.text("Planning bewaren", "Save the plan"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(canEdit);
        HorizontalLayout top = new HorizontalLayout(plans, fresh);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.getStyle().set("flex-wrap", "wrap");
        previous.setText(context.text("Vorige stap", "Previous step"));
        previous.addClickListener(click -> select(current - 1));
        next.setText(context.text("Volgende stap", "Next step"));
        next.addClickListener(click -> select(current + 1));
        progress.setId("packages-progress");
        purpose.getStyle().set("margin-top", "0");
        result.getElement().setAttribute("aria-live", "polite");
        String[][] titles = {{"1. Uitdaging en activiteiten", "1. Challenge and activities"},
                {"2. Schaal en partners", "2. Scale and partners"}, {"3. Verbindingen", "3. Links"},
                {"4. Pakketten", "4. Packages"}, {"5. Tussen pakketten", "5. Between packages"},
                {"6. Realiteitscheck", "6. Reality check"}};
        // the steps as buttons: each can be revisited at any time; the current one is marked for assistive technology
        for (int i = 0; i < titles.length; i++) {
            int index = i;
            Button button = new Button(context.text(titles[i][0], titles[i][1]), click -> select(index));
            stepButtons.add(button);
            steps.add(button);
        }
        steps.setWrap(true);
        steps.getElement().setAttribute("role", "navigation");
        steps.getElement().setAttribute("aria-label", context.text("Stappen", "Steps"));
        step.setWidthFull();
        reload.setText(context.text("Nieuwe versie laden", "Load the new version"));
        reload.setId("packages-reload");
        reload.setVisible(false);
        reload.addClickListener(click -> {
            reload.setVisible(false);
            result.setText("");
            if (planId != null) {
                String id = planId;
                List<Payloads.PlanSummary> all = service.plans();
                plans.setItems(all);
                all.stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(plans::setValue);
                load(service.view(id));
            }
        });
        add(drafts, top, reload, steps, progress, purpose, step, StickyActions.of(previous, next, save, result));
        List<Payloads.PlanSummary> all = service.plans();
        plans.setItems(all);
        if (all.isEmpty()) {
            load(null);
        } else {
            plans.setValue(all.get(0));
            load(service.view(all.get(0).id()));
        }
    }

    void load(Payloads.PlanDetails view) {
        planId = view == null ? null : view.id();
        planVersion = view == null ? null : view.version();
        if (view == null) {
            // new means visibly new: no old title stays in the selector
            plans.clear();
            result.setText("");
        }
        fill(view == null ? null : view.plan());
        select(0);
        drafts.open(planId, this::resume);
    }

    /** The unsaved state of the plan on screen, for its draft. */
    private String draft() {
        return JSON.toJson(input());
    }

    private void resume(String json) {
        Payloads.PlanInput draft = JSON.fromJson(json, Payloads.PlanInput.class);
        // the draft keeps the version it was made from: saving it over a colleague's later save is a conflict
        planVersion = draft.version();
        fill(new Documents.Plan(draft.challenge(), draft.description(), draft.activities(), draft.links(),
                draft.packages(), draft.reality(), draft.connections(), draft.shortTermGoals(), draft.longTermGoals(),
                draft.linkSetups()));
        show();
    }

    private Payloads.PlanInput input() {
        return new Payloads.PlanInput(planId, challenge, description, activities, links, packages, reality,
                connections, shortTermGoals, longTermGoals, linkSetups, planVersion);
    }

    private void fill(Documents.Plan plan) {
        challenge = plan == null ? "" : plan.challenge();
        description = plan == null || plan.description() == null ? "" : plan.description();
        activities = plan == null ? new ArrayList<>() : new ArrayList<>(plan.activities());
        links = plan == null ? new ArrayList<>() : new ArrayList<>(plan.links());
        packages = plan == null ? new ArrayList<>() : new ArrayList<>(plan.packages());
        reality = plan == null ? new Documents.Reality(null, null, List.of()) : plan.reality();
        connections = plan == null || plan.connections() == null ? "" : plan.connections();
        shortTermGoals = plan == null || plan.shortTermGoals() == null ? "" : plan.shortTermGoals();
        longTermGoals = plan == null || plan.longTermGoals() == null ? "" : plan.longTermGoals();
        linkSetups = plan == null ? new ArrayList<>() : new ArrayList<>(plan.linkSetups());
    }

    private void select(int index) {
        current = Math.max(0, Math.min(index, stepButtons.size() - 1));
        progress.setText(context.text("Stap " + (current + 1) + " van " + stepButtons.size() + ": ", "Step "
                + (current + 1)
                + " of " + stepButtons.size() + ": ") + stepButtons.get(current).getText().replaceFirst("^\\d\\. ", ""));
        purpose.setText(context.text(PURPOSES[current][0], PURPOSES[current][1]));
        previous.setEnabled(current > 0);
        next.setEnabled(current < stepButtons.size() - 1);
        for (int i = 0; i < stepButtons.size(); i++) {
            Button button = stepButtons.get(i);
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.getElement().removeAttribute("aria-current");
            if (i == index) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                button.getElement().setAttribute("aria-current", "step");
            }
        }
        show();
    }

    void save() {
        try {
            Set<String> names = packages.stream().map(PackageSetup::name).collect(Collectors.toSet());
            linkSetups.removeIf(s -> !names.contains(s.first()) || !names.contains(s.second()));
            Payloads.PlanDetails saved = context.call("save-plan", input(), Payloads.PlanDetails.class);
            planVersion = saved.version();
            reload.setVisible(false);
            List<Payloads.PlanSummary> all = service.plans();
            plans.setItems(all);
            all.stream().filter(p -> p.id().equals(saved.id())).findFirst().ifPresent(plans::setValue);
            planId = saved.id();
            result.setText(context.text("Planning bewaard.", "Plan saved."));
            drafts.saved();
            drafts.open(planId, this::resume);
            Notification.show(context.text("Planning bewaard.", "Plan saved."), 3000,
                    Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show();
        } catch (InstrumentException e) {
            result.setText(e.getMessage());
            reload.setVisible(e.kind() == InstrumentException.Kind.CONFLICT);
        }
    }

    private void show() {
        step.removeAll();
        switch (current) {
            case 0 -> step.add(challengeStep());
            case 1 -> step.add(scaleStep());
            case 2 -> step.add(new LinkStep(context, activities, links, canEdit, this::painter, this::graph));
            case 3 -> step.add(packageStep());
            case 4 -> step.add(betweenStep());
            default -> step.add(realityStep());
        }
    }

    private String name(String activityId) {
        return activities.stream().filter(a -> a.id().equals(activityId)).map(Activity::name).findFirst()
                .orElse(activityId);
    }

    private String actorName(String actorId) {
        return actors.stream().filter(a -> a.id().equals(actorId)).map(RegisterReader.Actor::name).findFirst()
                .orElse(actorId);
    }

    private void replace(Activity old, Activity now) {
        activities.set(activities.indexOf(old), now);
    }

    // --- step 1

    private Component challengeStep() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        TextField name = new TextField(context.text("Uitdaging", "Challenge"), challenge,
                e -> challenge = e.getValue());
        name.setId("packages-challenge");
        name.setWidthFull();
        name.setMaxLength(200);
        name.setReadOnly(!canEdit);
        TextArea text = new TextArea(context.text("Beschrijving", "Description"), description,
                e -> description = e.getValue());
        text.setWidthFull();
        text.setMaxLength(4000);
        text.setReadOnly(!canEdit);
        Grid<Activity> grid = new Grid<>();
        grid.addColumn(Activity::name).setHeader(context.text("Activiteit", "Activity")).setFlexGrow(3);
        grid.addColumn(a -> a.existing() ? context.text("bestaat al", "exists") : context.text("nog afwezig", "absent"))
                .setHeader(context.text("Vandaag", "Today"));
        grid.addComponentColumn(a -> {
            Button remove = new Button(context.text("Verwijderen", "Remove"), click -> {
                activities.remove(a);
                links.removeIf(l -> l.from().equals(a.id()) || l.to().equals(a.id()));
                packages.replaceAll(p -> p.withActivities(p.activityIds().stream()
                        .filter(id -> !id.equals(a.id())).toList()));
                packages.removeIf(p -> p.activityIds().isEmpty());
                show();
            });
            remove.setAriaLabel(context.text("Verwijderen: ", "Remove: ") + a.name());
            remove.setVisible(canEdit);
            return remove;
        }).setHeader(context.text("Acties", "Actions"));
        grid.setItems(activities);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.getElement().setAttribute("aria-label", context.text("Activiteiten", "Activities"));
        TextField newName = new TextField(context.text("Nieuwe activiteit", "New activity"));
        newName.setId("packages-new-activity");
        newName.setMaxLength(200);
        Checkbox existing = new Checkbox(context.text("bestaat al", "exists already"));
        Button add = new Button(context.text("Activiteit toevoegen", "Add activity"), click -> {
            if (newName.getValue().isBlank()) {
                newName.setErrorMessage(context.text("Geef de activiteit een naam.", "Name the activity."));
                newName.setInvalid(true);
                return;
            }
            activities.add(new Activity(UUID.randomUUID().toString(), newName.getValue().trim(), existing.getValue(),
                    null, null, null, 0, List.of(), List.of(), List.of(), null));
            // only the list changes, so the next activity can be typed right away
            grid.setItems(activities);
            newName.clear();
            newName.setInvalid(false);
            newName.focus();
        });
        // typed names go to the server at once, so Enter adds the activity without leaving the field
        newName.setValueChangeMode(ValueChangeMode.EAGER);
        add.addClickShortcut(Key.ENTER).listenOn(newName);
        HorizontalLayout adding = new HorizontalLayout(newName, existing, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setVisible(canEdit);
        TextArea linked = area(context.text("Hoe hangt de uitdaging samen met andere (bv. positieve gezondheid, sociale "
                + "determinanten van gezondheid)?", "How does the challenge connect to others (e.g. positive health, the "
                + "social determinants of health)?"), connections);
        linked.addValueChangeListener(e -> connections = e.getValue());
        TextArea soon = area(context.text("Doelen op korte termijn", "Short-term goals"), shortTermGoals);
        soon.addValueChangeListener(e -> shortTermGoals = e.getValue());
        TextArea later = area(context.text("Doelen op lange termijn", "Long-term goals"), longTermGoals);
        later.addValueChangeListener(e -> longTermGoals = e.getValue());
        layout.add(name, text, linked, soon, later,
                new H2(context.text("Activiteiten die de uitdaging vraagt", "Activities the challenge needs")), grid,
                adding);
        return layout;
    }

    // --- step 2

    /** One grid for all activities: each row is edited in place, with the keyboard as well as the mouse. */
    private Component scaleStep() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.add(new Paragraph(context.text("Buurtgebonden: 0 = niet, 3 = helemaal. Partners komen uit het register. Vul de "
                + "schaal vandaag en waarom ze afwijkt in waar dat zo is. Scheid factoren met komma's.",
                "Neighbourhood-bound: 0 = not, 3 = entirely. Partners come from the register. Fill in the scale today and "
                + "why it differs where that is so. Separate factors with commas.")));
        if (activities.isEmpty()) {
            layout.add(new Paragraph(context.text("Voeg eerst activiteiten toe (stap 1).",
                    "Add activities first (step 1).")));
            return layout;
        }
        Grid<Activity> grid = new Grid<>();
        grid.addColumn(Activity::name).setHeader(context.text("Activiteit",
                "Activity")).setWidth("11rem").setFlexGrow(1);
        grid.addComponentColumn(a -> scaleCell(a, true)).setHeader(context.text("Ideale schaal", "Ideal scale"))
                .setWidth("13rem").setFlexGrow(0);
        grid.addComponentColumn(a -> scaleCell(a, false)).setHeader(context.text("Schaal vandaag", "Scale today"))
                .setWidth("13rem").setFlexGrow(0);
        grid.addComponentColumn(this::boundCell).setHeader(context.text("Buurtgebonden (0–3)",
                "Neighbourhood-bound (0–3)"))
                .setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(this::partnersCell).setHeader(context.text("Partners", "Partners")).setWidth("16rem")
                .setFlexGrow(1);
        grid.addComponentColumn(a -> textCell(a, 0)).setHeader(context.text("Stimulerende factoren",
                "Stimulating factors"))
                .setWidth("14rem").setFlexGrow(0);
        grid.addComponentColumn(a -> textCell(a, 1)).setHeader(context.text("Remmende factoren", "Inhibiting factors"))
                .setWidth("14rem").setFlexGrow(0);
        grid.addComponentColumn(a -> textCell(a, 2)).setHeader(context.text("Waarom wijkt de schaal af?",
                "Why does the scale differ?")).setWidth("14rem").setFlexGrow(0);
        grid.setItems(activities);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.getElement().setAttribute("theme", "wrap-cell-content");
        grid.getElement().setAttribute("aria-label", context.text("Schaal en partners per activiteit",
                "Scale and partners per activity"));
        layout.add(grid);
        return layout;
    }

    private Activity latest(Activity a) {
        return activities.stream().filter(x -> x.id().equals(a.id())).findFirst().orElse(a);
    }

    private Component scaleCell(Activity a, boolean ideal) {
        Select<Scale> select = scale(null, ideal ? a.idealScale() : a.currentScale());
        select.setAriaLabel((ideal ? context.text("Ideale schaal van ",
                "Ideal scale of ") : context.text("Schaal vandaag van ",
                "Scale today of ")) + a.name());
        select.setId("packages-" + (ideal ? "ideal-" : "current-") + activities.indexOf(a));
        select.setWidthFull();
        select.addValueChangeListener(e -> {
            Activity l = latest(a);
            replace(l, new Activity(l.id(), l.name(), l.existing(), ideal ? e.getValue() : l.idealScale(),
                    ideal ? l.currentScale() : e.getValue(), l.scaleReason(), l.neighbourhoodBound(), l.partners(),
                    l.stimulating(), l.inhibiting(), l.pinnedTo()));
        });
        return select;
    }

    private Component boundCell(Activity a) {
        IntegerField bound = new IntegerField();
        bound.setMin(0);
        bound.setMax(3);
        bound.setStepButtonsVisible(true);
        bound.setValue(a.neighbourhoodBound());
        bound.setReadOnly(!canEdit);
        bound.setWidthFull();
        bound.setAriaLabel(context.text("Buurtgebonden (0–3): ", "Neighbourhood-bound (0–3): ") + a.name());
        bound.addValueChangeListener(e -> {
            Activity l = latest(a);
            replace(l, new Activity(l.id(), l.name(), l.existing(), l.idealScale(), l.currentScale(), l.scaleReason(),
                    e.getValue() == null ? 0 : Math.max(0, Math.min(3, e.getValue())), l.partners(), l.stimulating(),
                    l.inhibiting(), l.pinnedTo()));
        });
        return bound;
    }

    private Component partnersCell(Activity a) {
        MultiSelectComboBox<RegisterReader.Actor> partners = new MultiSelectComboBox<>();
        partners.setItems(actors);
        partners.setItemLabelGenerator(RegisterReader.Actor::name);
        partners.setValue(actors.stream().filter(x -> a.partners().contains(x.id())).collect(Collectors.toSet()));
        partners.setReadOnly(!canEdit);
        partners.setWidthFull();
        partners.setAriaLabel(context.text("Partners van ", "Partners of ") + a.name());
        partners.addValueChangeListener(e -> {
            Activity l = latest(a);
            replace(l, new Activity(l.id(), l.name(), l.existing(), l.idealScale(), l.currentScale(), l.scaleReason(),
                    l.neighbourhoodBound(), e.getValue().stream().map(RegisterReader.Actor::id).sorted().toList(),
                    l.stimulating(), l.inhibiting(), l.pinnedTo()));
        });
        return partners;
    }

    /** 0: stimulating factors, 1: inhibiting factors, 2: why the scale differs. */
    private Component textCell(Activity a, int which) {
        String value = which == 0 ? String.join(", ", a.stimulating()) : which == 1 ? String.join(", ", a.inhibiting())
                : a.scaleReason() == null ? "" : a.scaleReason();
        TextField field = new TextField(null, value, "");
        field.setReadOnly(!canEdit);
        field.setWidthFull();
        field.setMaxLength(which == 2 ? 4000 : 2000);
        field.setAriaLabel((which == 0 ? context.text("Stimulerende factoren van ",
                "Stimulating factors of ") : which == 1
                ? context.text("Remmende factoren van ",
                "Inhibiting factors of ") : context.text("Waarom de schaal afwijkt bij ",
                "Why the scale differs for ")) + a.name());
        field.addValueChangeListener(e -> {
            Activity l = latest(a);
            String v = e.getValue();
            replace(l, new Activity(l.id(), l.name(), l.existing(), l.idealScale(), l.currentScale(),
                    which == 2 ? (v.isBlank() ? null : v) : l.scaleReason(), l.neighbourhoodBound(), l.partners(),
                    which == 0 ? split(v) : l.stimulating(), which == 1 ? split(v) : l.inhibiting(), l.pinnedTo()));
        });
        return field;
    }

    private static List<String> split(String text) {
        return java.util.Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private Select<Scale> scale(String label, Scale value) {
        Select<Scale> select = new Select<>();
        if (label != null) {
            select.setLabel(label);
        }
        select.setItems(Scale.values());
        select.setEmptySelectionAllowed(true);
        select.setItemLabelGenerator(s -> s == null ? "—" : s.label().in(context.locale()));
        select.setValue(value);
        select.setReadOnly(!canEdit);
        return select;
    }

    // --- step 3

    // --- step 4

    private PackageAnalysis analysis() {
        return PackageRules.problems(activities, links, packages).isEmpty()
                ? PackageRules.analyse(activities, links, packages, linkSetups, PlannerService.partnerAreas(actors)) : null;
    }

    private Component packageStep() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        Div proposalPanel = new Div();
        proposalPanel.getElement().setAttribute("aria-live", "polite");
        Button propose = new Button(context.text("Pakketten voorstellen", "Propose packages"), click -> {
            Division proposal = PackageProposer.propose(activities, links);
            proposalPanel.removeAll();
            UnorderedList list = new UnorderedList();
            for (Division.Part part : proposal.packages()) {
                String holding = part.holdingLinks().isEmpty() ? context.text("geen verbindingen binnen het pakket",
                        "no internal links")
                        : part.holdingLinks().stream().map(l -> name(l.from()) + " – " + name(l.to()) + " ("
                                + l.strength().label().in(context.locale()) + ")").collect(Collectors.joining("; "));
                list.add(new ListItem(part.name() + ": " + part.activityIds().stream().map(this::name)
                        .collect(Collectors.joining(", ")) + ". " + context.text("Samengehouden door: ",
                        "Held together by: ")
                        + holding + "."));
            }
            for (Link apart : proposal.keptApartByScale()) {
                list.add(new ListItem(context.text("Apart gehouden wegens de schaal: ", "Kept apart because of scale: ")
                        + name(apart.from()) + " – " + name(apart.to())
                        + context.text(" (hun ideale schalen liggen ver uiteen; "
                        + "tussen hun pakketten volstaat strategische afstemming)", " (their ideal scales are far apart; "
                        + "strategic agreement between their packages is enough)")));
            }
            Button apply = new Button(context.text("Voorstel overnemen", "Apply the proposal"), a -> {
                packages = new ArrayList<>(Adoption.adopt(proposal, packages));
                show();
            });
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            apply.setVisible(canEdit);
            proposalPanel.add(new Paragraph(context.text("Voorstel: activiteiten die sterk met elkaar verbonden zijn, komen in "
                    + "hetzelfde pakket; tussen de pakketten blijven zo weinig en zo zwak mogelijke verbindingen over.",
                    "Proposal: activities strongly linked to each other share a package; as few and as weak links as "
                    + "possible remain between the packages.")), list, why(proposal.modularity()), apply);
        });
        layout.add(new Paragraph(context.text("De tool stelt pakketten voor met zoveel mogelijk samenhang binnen en zo weinig "
                + "mogelijk tussen de pakketten, op basis van de verbindingen en hun sterkte. Vastgepinde activiteiten "
                + "blijven in hun pakket.", "The tool proposes packages with as much cohesion inside and as little "
                + "between as possible, from the links and their strength. Pinned activities stay in their package.")),
                propose, proposalPanel);
        PackageAnalysis analysis = analysis();
        if (analysis != null && !packages.isEmpty()) {
            layout.add(why(analysis.modularity()));
            analysis.warnings().forEach(w -> {
                Paragraph warning = new Paragraph(w.in(context.locale()));
                warning.getStyle().set("color", "var(--lumo-error-text-color)");
                layout.add(warning);
            });
            for (PackageAnalysis.PackageDetails view : analysis.packages()) {
                layout.add(packageBox(view));
            }
        }
        layout.add(new H2(context.text("Activiteit verplaatsen of vastpinnen", "Move or pin an activity")), moveGrid(),
                graph());
        return layout;
    }

    /** The figure behind a proposal, for those who want it, in words first. */
    private Details why(double modularity) {
        String verdict = modularity >= 0.3 ? context.text("De pakketten zijn duidelijk van elkaar te scheiden.",
                "The packages separate clearly.") : modularity > 0 ? context.text("De pakketten zijn maar matig van elkaar te "
                + "scheiden: er blijven veel verbindingen tussen.", "The packages separate only moderately: many links "
                + "remain between them.") : context.text("Deze verdeling scheidt de activiteiten niet beter dan het toeval.",
                "This division separates the activities no better than chance.");
        Details details = new Details(context.text("Waarom deze pakketten?", "Why these packages?"),
                new Paragraph(verdict + " "
                + context.text("Maat voor de verdeling (modulariteit, van -0,5 tot 1; boven 0,3 is goed): ",
                "Measure of the "
                + "division (modularity, from -0.5 to 1; above 0.3 is good): ") + String.format(context.locale(), "%.2f",
                modularity) + context.text(". Berekend met het Leiden-algoritme op de gewogen verbindingen.",
                ". Computed with the "
                + "Leiden algorithm on the weighted links.")));
        return details;
    }

    private Component packageBox(PackageAnalysis.PackageDetails view) {
        VerticalLayout box = new VerticalLayout();
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "6px");
        PackageSetup setup = packages.stream().filter(p -> p.name().equals(view.name())).findFirst().orElse(null);
        H3 title = new H3(view.name());
        UnorderedList facts = new UnorderedList(
                new ListItem(context.text("Activiteiten: ", "Activities: ")
                + view.activityIds().stream().map(this::name)
                        .collect(Collectors.joining(", "))),
                new ListItem(context.text("Ideale schaal (de kleinste): ", "Ideal scale (the smallest): ")
                + (view.idealScale() == null
                        ? "—" : view.idealScale().label().in(context.locale()))),
                new ListItem(context.text("Partners (alle en enkel de nodige): ",
                "Partners (all and only the needed): ")
                        + (view.partners().isEmpty() ? "—" : view.partners().stream().map(this::actorName)
                        .collect(Collectors.joining(", "))) + (view.teamSizeNote() == null ? ""
                        : " — " + view.teamSizeNote().in(context.locale()))),
                new ListItem(context.text("Intensiteit binnen: ", "Intensity inside: ")
                + (view.intensityFrom() == view.intensityTo()
                        ? view.intensityTo().label().in(context.locale()) : view.intensityFrom().label()
                        .in(context.locale()) + " – " + view.intensityTo().label().in(context.locale()))
                        + (view.intensityStated() ? context.text(" (zoals het team ze opgaf)",
                        " (as the team stated it)")
                        : view.holdingLinks().isEmpty() ? context.text(" (standaard; geef ze hieronder op)",
                        " (a default; state it below)") : context.text(" (uit de verbindingen)", " (from the links)"))),
                new ListItem(context.text("Verbindingen binnen het pakket wegen ", "Links inside the package weigh ")
                        + number(view.internalCohesion()) + context.text(", naar andere pakketten ",
                        ", to other packages ")
                        + number(view.externalCohesion()) + (view.externalCohesion() > view.internalCohesion()
                        ? context.text(" (meer naar buiten dan binnen: overweeg een andere verdeling)",
                        " (more outside than inside: consider another division)") : "")),
                new ListItem(context.text("Coördinatie: ", "Coordination: ") + (view.coordination() == null
                        ? context.text("beantwoord de vragen hieronder", "answer the questions below")
                        : view.coordination().label().in(context.locale()))));
        if (!view.scaleDeviations().isEmpty()) {
            facts.add(new ListItem(context.text("Loopt vandaag op een andere schaal: ", "Runs at another scale today: ")
                    + view.scaleDeviations().stream().map(this::name).collect(Collectors.joining(", "))));
        }
        box.add(title, facts);
        if (!view.remarks().isEmpty()) {
            UnorderedList remarks = new UnorderedList();
            view.remarks().forEach(r -> remarks.add(new ListItem(r.in(context.locale()))));
            remarks.getElement().setAttribute("aria-label", context.text("Opmerkingen bij ", "Remarks on ")
                    + view.name());
            box.add(remarks);
        }
        if (setup == null || !canEdit) {
            return box;
        }
        Select<Intensity> intensity = new Select<>();
        intensity.setLabel(context.text("Intensiteit binnen het pakket", "Intensity inside the package"));
        intensity.setItems(Intensity.values());
        intensity.setEmptySelectionAllowed(true);
        intensity.setEmptySelectionCaption(context.text("afleiden uit de verbindingen", "derive from the links"));
        intensity.setItemLabelGenerator(i -> i == null ? context.text("afleiden uit de verbindingen",
                "derive from the links")
                : i.label().in(context.locale()));
        intensity.setValue(setup.intensity());
        Map<String, IntegerField> people = new java.util.LinkedHashMap<>();
        HorizontalLayout team = new HorizontalLayout();
        team.setWrap(true);
        for (String partner : view.partners()) {
            IntegerField count = new IntegerField(context.text("Teamleden van ", "Team members from ")
                    + actorName(partner));
            count.setMin(1);
            count.setMax(99);
            count.setStepButtonsVisible(true);
            count.setValue(setup.members().getOrDefault(partner, 1));
            people.put(partner, count);
            team.add(count);
        }
        TextField rename = new TextField(context.text("Naam", "Name"), setup.name(), "");
        Checkbox complex = new Checkbox(context.text("De pakketuitdaging is complex",
                "The package's challenge is complex"),
                Boolean.TRUE.equals(setup.complex()));
        Checkbox changeable = new Checkbox(context.text("en/of veranderlijk", "and/or changeable"),
                Boolean.TRUE.equals(setup.changeable()));
        CheckboxGroup<Level> decides = new CheckboxGroup<>(context.text("Het team beslist zelf op niveau",
                "The team itself decides at"));
        decides.setItems(Level.values());
        decides.setItemLabelGenerator(l -> l.label().in(context.locale()));
        decides.setValue(setup.teamDecides());
        Button apply = new Button(context.text("Toepassen", "Apply"), click -> {
            String newName = rename.getValue().trim();
            if (!PackageEdits.nameFree(newName, setup, packages)) {
                rename.setErrorMessage(context.text("Kies een eigen, niet-lege naam.",
                        "Choose a name of its own, not empty."));
                rename.setInvalid(true);
                return;
            }
            Map<String, Integer> members = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, IntegerField> e : people.entrySet()) {
                Integer value = e.getValue().getValue();
                if (value == null || value < 1 || value > 99) {
                    e.getValue().setErrorMessage(context.text("Van 1 tot 99.", "From 1 to 99."));
                    e.getValue().setInvalid(true);
                    return;
                }
                if (value != 1) {
                    members.put(e.getKey(), value);
                }
            }
            PackageEdits.Edited edited = PackageEdits.replace(setup, new PackageSetup(newName, setup.activityIds(),
                    complex.getValue(), changeable.getValue(), decides.getValue(), intensity.getValue(), members),
                    packages, activities, linkSetups);
            packages = new ArrayList<>(edited.packages());
            activities = new ArrayList<>(edited.activities());
            linkSetups = new ArrayList<>(edited.linkSetups());
            show();
        });
        apply.setAriaLabel(context.text("Toepassen op ", "Apply to ") + setup.name());
        Select<PackageSetup> mergeWith = new Select<>();
        mergeWith.setLabel(context.text("Samenvoegen met", "Merge with"));
        mergeWith.setItems(packages.stream().filter(p -> p != setup).toList());
        mergeWith.setItemLabelGenerator(p -> p == null ? "" : p.name());
        Button merge = new Button(context.text("Samenvoegen", "Merge"), click -> {
            if (mergeWith.getValue() == null) {
                return;
            }
            packages = new ArrayList<>(PackageEdits.merge(setup, mergeWith.getValue(), packages));
            show();
        });
        merge.setAriaLabel(context.text("Samenvoegen: ", "Merge: ") + setup.name());
        Button split = new Button(context.text("Splitsing voorstellen en toepassen", "Propose and apply a split"),
                click -> {
            packages = new ArrayList<>(PackageEdits.split(setup, PackageEdits.splitProposal(setup, activities, links),
                    packages));
            show();
        });
        // the accessible name starts with the visible label, so voice control finds the button by what it reads
        split.setAriaLabel(split.getText() + ": " + setup.name());
        HorizontalLayout answers = new HorizontalLayout(rename, complex, changeable);
        answers.setAlignItems(FlexComponent.Alignment.BASELINE);
        answers.setWrap(true);
        HorizontalLayout edits = new HorizontalLayout(apply, mergeWith, merge, split);
        edits.setAlignItems(FlexComponent.Alignment.BASELINE);
        edits.setWrap(true);
        box.add(answers, decides, intensity, team, edits);
        return box;
    }

    private String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(context.locale(), "%.1f", value);
    }

    private static Activity pinned(Activity a, String pin) {
        return PackageEdits.pinned(a, pin);
    }

    private Component moveGrid() {
        Grid<Activity> grid = new Grid<>();
        grid.addColumn(Activity::name).setHeader(context.text("Activiteit", "Activity")).setFlexGrow(2);
        grid.addComponentColumn(a -> {
            Select<String> target = new Select<>();
            target.setAriaLabel(context.text("Pakket van ", "Package of ") + a.name());
            target.setItems(packages.stream().map(PackageSetup::name).toList());
            target.setEmptySelectionAllowed(true);
            target.setEmptySelectionCaption(context.text("geen pakket", "no package"));
            target.setValue(packages.stream().filter(p -> p.activityIds().contains(a.id())).map(PackageSetup::name)
                    .findFirst().orElse(null));
            target.setReadOnly(!canEdit);
            target.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                packages.replaceAll(p -> {
                    List<String> ids = new ArrayList<>(p.activityIds());
                    ids.remove(a.id());
                    if (p.name().equals(e.getValue())) {
                        ids.add(a.id());
                    }
                    return p.withActivities(ids);
                });
                packages.removeIf(p -> p.activityIds().isEmpty());
                show();
            });
            return target;
        }).setHeader(context.text("Pakket", "Package")).setFlexGrow(2);
        grid.addComponentColumn(a -> {
            Checkbox pin = new Checkbox(context.text("vastgepind", "pinned"), a.pinnedTo() != null);
            pin.setAriaLabel(pin.getLabel() + ": " + a.name());
            pin.setReadOnly(!canEdit);
            pin.addValueChangeListener(e -> {
                String in = packages.stream().filter(p -> p.activityIds().contains(a.id())).map(PackageSetup::name)
                        .findFirst().orElse(null);
                replace(a, pinned(a, e.getValue() ? in : null));
                show();
            });
            return pin;
        }).setHeader(context.text("Vastpinnen", "Pin"));
        grid.setItems(activities);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.getElement().setAttribute("aria-label", context.text("Activiteiten en hun pakket",
                "Activities and their package"));
        return grid;
    }

    // --- step 5

    private Component betweenStep() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        PackageAnalysis analysis = analysis();
        if (analysis == null || analysis.between().isEmpty()) {
            layout.add(new Paragraph(context.text("Geen verbindingen tussen pakketten.",
                    "No links between packages.")));
            return layout;
        }
        Grid<PackageAnalysis.Between> grid = new Grid<>();
        grid.addColumn(b -> b.first() + " – " + b.second()).setHeader(context.text("Pakketten",
                "Packages")).setFlexGrow(2);
        grid.addColumn(b -> b.intensity().label().in(context.locale())).setHeader(context.text("Intensiteit",
                "Intensity"));
        grid.addColumn(b -> levels(b.suggestedAgreement())).setHeader(context.text("Voorstel: samen beslissen over",
                "Suggested: decide together on"));
        grid.addColumn(b -> b.agreedByTeam() ? levels(b.mutualAgreement()) : context.text("nog niet beantwoord",
                "not answered yet"))
                .setHeader(context.text("Antwoord van het team", "The team's answer"));
        grid.addColumn(b -> b.coordination() == null ? context.text("beantwoord de vraag hieronder",
                "answer the question below")
                : b.coordination().label().in(context.locale())).setHeader(context.text("Coördinatie", "Coordination"));
        grid.addColumn(b -> b.wrongSplit() ? context.text("herbekijk de opsplitsing", "reconsider the split")
                : b.scaleSplit() ? context.text("gesplitst wegens de schaal", "split because of scale") : "")
                .setHeader(context.text("Signaal", "Signal"));
        grid.setItems(analysis.between());
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.getElement().setAttribute("aria-label", context.text("Tussen pakketten", "Between packages"));
        layout.add(new Paragraph(context.text("De sterkste verbinding tussen twee pakketten bepaalt hoe intens ze samenwerken en "
                + "stelt voor over welke beslissingen ze het samen eens moeten worden. Of de verbinding zelf eenvoudig en "
                + "stabiel is, "
                + "of complex en veranderlijk, bepaalt de coördinatie: dat en de niveaus beantwoordt het team.",
                "The strongest link between two packages sets how intensely they collaborate and suggests which "
                        + "decisions they must agree on together. Whether the link itself is simple and stable, or "
                        + "complex and changeable, sets the coordination: that and the levels are the team's answer.")),
                grid);
        for (PackageAnalysis.Between b : analysis.between()) {
            layout.add(linkAnswers(b));
        }
        return layout;
    }

    private String levels(Set<Level> levels) {
        return levels.isEmpty() ? "—" : levels.stream().sorted().map(l -> l.label().in(context.locale()))
                .collect(Collectors.joining(", "));
    }

    /** The team's answers about one link between packages (step 5). */
    private Component linkAnswers(PackageAnalysis.Between b) {
        LinkSetup answer = linkSetups.stream().filter(s -> s.concerns(b.first(), b.second())).findFirst().orElse(null);
        VerticalLayout box = new VerticalLayout();
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "6px");
        box.add(new H3(b.first() + " – " + b.second()));
        Checkbox complex = new Checkbox(context.text("De verbinding is complex", "The link is complex"),
                answer != null && Boolean.TRUE.equals(answer.complex()));
        Checkbox changeable = new Checkbox(context.text("en/of veranderlijk", "and/or changeable"),
                answer != null && Boolean.TRUE.equals(answer.changeable()));
        CheckboxGroup<Level> agreed = new CheckboxGroup<>(context.text("Samen beslissen over (voorstel: ",
                "Decide together on "
                + "(suggested: ") + levels(b.suggestedAgreement()) + ")");
        agreed.setItems(Level.values());
        agreed.setItemLabelGenerator(l -> l.label().in(context.locale()));
        agreed.setValue(answer != null && answer.agreedLevels() != null ? answer.agreedLevels() : b.suggestedAgreement());
        Button apply = new Button(context.text("Antwoord bewaren in de planning", "Keep the answer in the plan"),
                click -> {
            linkSetups.removeIf(s -> s.concerns(b.first(), b.second()));
            linkSetups.add(new LinkSetup(b.first(), b.second(), complex.getValue(), changeable.getValue(),
                    agreed.getValue()));
            show();
        });
        apply.setAriaLabel(context.text("Antwoord bewaren: ", "Keep the answer: ") + b.first() + " – " + b.second());
        HorizontalLayout questions = new HorizontalLayout(complex, changeable);
        questions.setWrap(true);
        box.add(questions, agreed, apply);
        box.setEnabled(canEdit);
        return box;
    }

    // --- step 6

    private Component realityStep() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        TextArea use = area(context.text("Welke stimulerende factoren zet je in?",
                "Which stimulating factors do you use?"),
                reality.stimulatingToUse());
        TextArea remove = area(context.text("Welke remmende factoren kan je wegwerken?",
                "Which inhibiting factors can you remove?"),
                reality.removableInhibiting());
        use.addValueChangeListener(e -> reality = new Documents.Reality(e.getValue(), reality.removableInhibiting(),
                reality.deviations()));
        remove.addValueChangeListener(e -> reality = new Documents.Reality(reality.stimulatingToUse(), e.getValue(),
                reality.deviations()));
        Grid<Documents.Deviation> grid = new Grid<>();
        grid.addColumn(Documents.Deviation::factor).setHeader(context.text("Remmende factor", "Inhibiting factor"));
        grid.addColumn(Documents.Deviation::deviation).setHeader(context.text("Afwijking", "Deviation"));
        grid.addColumn(Documents.Deviation::consequence).setHeader(context.text("Gevolg", "Consequence"));
        grid.addColumn(Documents.Deviation::absorption).setHeader(context.text("Opvang", "Absorbed by"));
        grid.setItems(reality.deviations());
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.getElement().setAttribute("aria-label", context.text("Afwijkingen", "Deviations"));
        TextField factor = new TextField(context.text("Remmende factor", "Inhibiting factor"));
        TextField deviation = new TextField(context.text("Hoe wijk je af?", "How do you deviate?"));
        TextField consequence = new TextField(context.text("Wat is het gevolg?", "What does it cause?"));
        TextField absorption = new TextField(context.text("Hoe vang je het op?", "How is it absorbed?"));
        Button add = new Button(context.text("Afwijking toevoegen", "Add deviation"), click -> {
            List<Documents.Deviation> all = new ArrayList<>(reality.deviations());
            all.add(new Documents.Deviation(factor.getValue(), deviation.getValue(), consequence.getValue(),
                    absorption.getValue()));
            reality = new Documents.Reality(reality.stimulatingToUse(), reality.removableInhibiting(), all);
            show();
        });
        HorizontalLayout adding = new HorizontalLayout(factor, deviation, consequence, absorption, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setWrap(true);
        adding.setVisible(canEdit);
        layout.add(use, remove, new H2(context.text("Afwijkingen van het ideaal", "Deviations from the ideal")), grid,
                adding,
                downloads());
        return layout;
    }

    private TextArea area(String label, String value) {
        TextArea area = new TextArea(label);
        area.setValue(value == null ? "" : value);
        area.setWidthFull();
        area.setMaxLength(4000);
        area.setReadOnly(!canEdit);
        return area;
    }

    // --- picture and downloads

    GraphPainter painter() {
        return new GraphPainter(challenge, PlanExports.subtitle(context), activities, links, packages,
                context.locale());
    }

    Component graph() {
        if (activities.isEmpty()) {
            return new Div();
        }
        GraphPainter painter = painter();
        String svg = Pictures.svg(painter.width(), painter.height(), challenge, painter);
        return Pictures.shown(svg,
                context.text("De activiteitengraaf, gekleurd per pakket; de tabellen bevatten dezelfde "
                + "gegevens.", "The activity graph, coloured by package; the tables hold the same data."), "640px");
    }

    private Component downloads() {
        if (planId == null) {
            return new Paragraph(context.text("Bewaar de planning om ze te downloaden.",
                    "Save the plan to download it."));
        }
        Map<String, String> parameters = Map.of("planId", planId);
        return new HorizontalLayout(
                DownloadLink.of(context.text("Pakkettenplan als CSV", "Package plan as CSV"), "pakketten.csv",
                "text/csv",
                        () -> PlanExports.utf8(PlanExports.of(context, parameters).csv())),
                DownloadLink.of(context.text("Pakkettenplan als Excel", "Package plan as Excel"), "pakketten.xlsx",
                PlanExports.XLSX,
                        () -> PlanExports.of(context, parameters).xlsx(context)),
                DownloadLink.of(context.text("Pakkettenplan als PDF", "Package plan as PDF"), "pakketten.pdf",
                "application/pdf",
                        () -> PlanExports.of(context, parameters).pdf()),
                DownloadLink.of(context.text("Graaf als SVG", "Graph as SVG"), "activiteitengraaf.svg", "image/svg+xml",
                        () -> PlanExports.utf8(PlanExports.of(context, parameters).svg())),
                DownloadLink.of(context.text("Graaf als PNG", "Graph as PNG"), "activiteitengraaf.png", "image/png",
                        () -> PlanExports.of(context, parameters).png()));
    }

    static Component card(InstrumentContext context) {
        List<Payloads.PlanSummary> plans = new PlannerService(context).plans();
        int packages = plans.stream().mapToInt(Payloads.PlanSummary::packages).sum();
        return new Paragraph(context.text(Plural.nlFigure(plans.size(), "planning", "planningen") + ", "
                + Plural.nlFigure(packages, "pakket", "pakketten"), Plural.enFigure(plans.size(), "plan", "plans")
                + ", " + Plural.enFigure(packages, "package", "packages")));
    }
}
