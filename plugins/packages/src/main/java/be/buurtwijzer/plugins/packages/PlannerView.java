package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.RegisterReader;
import be.buurtwijzer.plugins.packages.domain.Adoption;
import be.buurtwijzer.plugins.packages.domain.PackageEdits;
import be.buurtwijzer.plugins.packages.domain.PlanEdits;
import be.buurtwijzer.plugins.packages.picture.GraphPainter;
import be.buurtwijzer.plugins.support.DownloadLink;
import be.buurtwijzer.plugins.support.DraftKeeper;
import be.buurtwijzer.plugins.support.Pictures;
import be.buurtwijzer.plugins.support.Plural;
import be.buurtwijzer.plugins.support.StickyActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    private final EditedPlan plan = new EditedPlan();


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
        plan.fill(view == null ? null : view.plan());
        select(0);
        drafts.open(planId, this::resume);
    }

    /** The unsaved state of the plan on screen, for its draft. */
    private String draft() {
        return JSON.toJson(plan.input(planId, planVersion));
    }

    private void resume(String json) {
        Payloads.PlanInput draft = JSON.fromJson(json, Payloads.PlanInput.class);
        // the draft keeps the version it was made from: saving it over a colleague's later save is a conflict
        planVersion = draft.version();
        plan.fill(new Documents.Plan(draft.challenge(), draft.description(), draft.activities(), draft.links(),
                draft.packages(), draft.reality(), draft.connections(), draft.shortTermGoals(), draft.longTermGoals(),
                draft.linkSetups()));
        show();
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
            plan.linkSetups = PlanEdits.current(plan.linkSetups, plan.packages);
            Payloads.PlanDetails saved = context.call("save-plan", plan.input(planId, planVersion),
                    Payloads.PlanDetails.class);
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
            case 1 -> step.add(new ScaleStep(context, plan, actors, canEdit));
            case 2 -> step.add(new LinkStep(context, plan.activities, plan.links, canEdit, this::painter, this::graph));
            case 3 -> step.add(packageStep());
            case 4 -> step.add(betweenStep());
            default -> step.add(realityStep());
        }
    }

    private String actorName(String actorId) {
        return actors.stream().filter(a -> a.id().equals(actorId)).map(RegisterReader.Actor::name).findFirst()
                .orElse(actorId);
    }

    /** A change a step asks for is made to the plan, and the step is drawn anew with the figures that follow. */
    private void change(Runnable edit) {
        edit.run();
        show();
    }

    private Component challengeStep() {
        ChallengeStep challenge = new ChallengeStep(context, plan, canEdit);
        challenge.addRemoveListener(e -> change(() -> {
            PlanEdits.WithoutActivity edited = PlanEdits.removeActivity(e.activity().id(), plan.activities,
                    plan.links, plan.packages);
            plan.activities = new ArrayList<>(edited.activities());
            plan.links = new ArrayList<>(edited.links());
            plan.packages = new ArrayList<>(edited.packages());
        }));
        return challenge;
    }

    private Component packageStep() {
        PackageStep packages = new PackageStep(context, plan, plan.analysis(actors), this::actorName, canEdit,
                graph());
        packages.addTakeListener(e -> change(() ->
                plan.packages = new ArrayList<>(Adoption.adopt(e.proposal(), plan.packages))));
        packages.addChangeListener(e -> change(() -> {
            PackageEdits.Edited edited = PackageEdits.replace(e.setup(), e.changed(), plan.packages, plan.activities,
                    plan.linkSetups);
            plan.packages = new ArrayList<>(edited.packages());
            plan.activities = new ArrayList<>(edited.activities());
            plan.linkSetups = new ArrayList<>(edited.linkSetups());
        }));
        packages.addMergeListener(e -> change(() ->
                plan.packages = new ArrayList<>(PackageEdits.merge(e.setup(), e.other(), plan.packages))));
        packages.addSplitListener(e -> change(() -> plan.packages = new ArrayList<>(PackageEdits.split(e.setup(),
                PackageEdits.splitProposal(e.setup(), plan.activities, plan.links), plan.packages))));
        packages.addMoveListener(e -> change(() ->
                plan.packages = new ArrayList<>(PlanEdits.move(e.activity().id(), e.packageName(), plan.packages))));
        packages.addPinListener(e -> change(() ->
                plan.replace(e.activity(), PlanEdits.pin(e.activity(), e.pinned(), plan.packages))));
        return packages;
    }

    private Component betweenStep() {
        BetweenStep between = new BetweenStep(context, plan, plan.analysis(actors), canEdit);
        between.addAnswerListener(e -> change(() -> plan.linkSetups = PlanEdits.answer(e.answer(), plan.linkSetups)));
        return between;
    }

    private Component realityStep() {
        RealityStep reality = new RealityStep(context, plan, canEdit, downloads());
        reality.addDeviationListener(e -> change(() -> {
            List<Documents.Deviation> all = new ArrayList<>(plan.reality.deviations());
            all.add(e.deviation());
            plan.reality = new Documents.Reality(plan.reality.stimulatingToUse(), plan.reality.removableInhibiting(),
                    all);
        }));
        return reality;
    }

    // --- picture and downloads

    GraphPainter painter() {
        return new GraphPainter(plan.challenge, PlanExports.subtitle(context), plan.activities, plan.links,
                plan.packages, context.locale());
    }

    Component graph() {
        if (plan.activities.isEmpty()) {
            return new Div();
        }
        GraphPainter painter = painter();
        String svg = Pictures.svg(painter.width(), painter.height(), plan.challenge, painter);
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