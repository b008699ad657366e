package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugins.packages.domain.Activity;
import be.buurtwijzer.plugins.packages.domain.Link;
import be.buurtwijzer.plugins.packages.domain.Strength;
import be.buurtwijzer.plugins.packages.picture.GraphPainter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Step 3 of the planner (seed 005): which activities belong together. The links are a table of activity
 * pairs, one choice per pair (none, weak, medium, strong), so a link takes two clicks or a few keys; or
 * two clicks on numbered dots in the graph, which redraws at once. Changes the plan's list of links in place.
 */
final class LinkStep extends VerticalLayout {

    private final InstrumentContext context;
    private final List<Activity> activities;
    private final List<Link> links;
    private final boolean canEdit;
    private final Supplier<GraphPainter> painter;
    private final Supplier<Component> graph;
    private final Div picture = new Div();
    /** What a click in the graph did, read out to screen readers too. */
    private final Paragraph graphSaid = new Paragraph();
    private final Map<String, Select<Strength>> pairs = new HashMap<>();
    private String pickedInGraph;

    LinkStep(InstrumentContext context, List<Activity> activities, List<Link> links, boolean canEdit,
            Supplier<GraphPainter> painter, Supplier<Component> graph) {
        this.context = context;
        this.activities = activities;
        this.links = links;
        this.canEdit = canEdit;
        this.painter = painter;
        this.graph = graph;
        setPadding(false);
        add(new Paragraph(context.text("Welke activiteiten hangen intrinsiek samen? Kies per paar hoe sterk: hoe sterker de "
                + "samenhang, hoe meer ze in één pakket horen. Laat leeg wat niet samenhangt.", "Which activities belong "
                + "together intrinsically? Choose per pair how strongly: the stronger, the more they belong in one "
                + "package. Leave empty what does not belong together.")));
        if (activities.size() < 2) {
            add(new Paragraph(context.text("Voeg eerst minstens twee activiteiten toe (stap 1).",
                    "Add at least two activities first (step 1).")));
            return;
        }
        graphSaid.getElement().setAttribute("aria-live", "polite");
        graphSaid.setId("packages-graph-said");
        Grid<Activity> matrix = new Grid<>();
        matrix.addColumn(Activity::name).setHeader(context.text("Activiteit",
                "Activity")).setWidth("11rem").setFlexGrow(0)
                .setFrozen(true);
        for (int column = 1; column < activities.size(); column++) {
            Activity other = activities.get(column);
            matrix.addComponentColumn(row -> {
                int r = activities.indexOf(row);
                int c = activities.indexOf(other);
                return r < c ? pairCell(row, other, r, c) : new Span();
            }).setHeader(other.name()).setWidth("9rem").setFlexGrow(0);
        }
        matrix.setItems(activities.subList(0, activities.size() - 1));
        matrix.setAllRowsVisible(true);
        matrix.setWidthFull();
        matrix.getElement().setAttribute("theme", "wrap-cell-content");
        matrix.getElement().setAttribute("aria-label", context.text("Verbindingen tussen activiteiten",
                "Links between activities"));
        picture.add(linkGraph());
        graphSaid.setText(canEdit ? context.text("Of klik in de graaf op twee activiteiten om ze te verbinden.",
                "Or click two activities in the graph to link them.") : "");
        add(matrix, graphSaid, picture);
    }

    /** The graph of step 3: clicking two activities links them (medium), clicking one twice lets go of it. */
    private Component linkGraph() {
        Component shown = graph.get();
        if (!canEdit || !(shown instanceof Image image)) {
            return shown;
        }
        GraphPainter painter = this.painter.get();
        image.getStyle().set("cursor", "pointer");
        image.getElement().addEventListener("click", e -> {
            double scale = painter.width() / Math.max(1.0, e.getEventData().get("element.clientWidth").asDouble());
            painter.activityAt(e.getEventData().get("event.offsetX").asDouble() * scale,
                    e.getEventData().get("event.offsetY").asDouble() * scale).ifPresentOrElse(this::picked,
                    () -> graphSaid.setText(context.text("Klik op een genummerde activiteit.",
                    "Click a numbered activity.")));
        }).addEventData("event.offsetX").addEventData("event.offsetY").addEventData("element.clientWidth");
        return image;
    }

    private void picked(String id) {
        if (pickedInGraph == null || pickedInGraph.equals(id)) {
            boolean letGo = id.equals(pickedInGraph);
            pickedInGraph = letGo ? null : id;
            graphSaid.setText(letGo ? context.text("Niets gekozen.", "Nothing chosen.") : context.text("‘" + name(id)
                    + "’ gekozen: klik nu "
                    + "de activiteit die ermee samenhangt.", "‘" + name(id) + "’ chosen: now click the activity that "
                    + "belongs with it."));
            return;
        }
        String first = pickedInGraph;
        pickedInGraph = null;
        int a = indexOf(first);
        int b = indexOf(id);
        Select<Strength> pair = pairs.get(Math.min(a, b) + "-" + Math.max(a, b));
        if (pair == null) {
            return;
        }
        if (pair.getValue() == null) {
            pair.setValue(Strength.MEDIUM);
            graphSaid.setText(context.text("‘" + name(first) + "’ en ‘" + name(id)
                    + "’ zijn verbonden (middel); pas de sterkte "
                    + "aan in de tabel.", "‘" + name(first) + "’ and ‘" + name(id) + "’ are linked (medium); change the "
                    + "strength in the table."));
        } else {
            graphSaid.setText(context.text("‘" + name(first) + "’ en ‘" + name(id) + "’ waren al verbonden ("
                    + pair.getValue().label().nl() + "); pas de sterkte aan in de tabel.", "‘" + name(first) + "’ and ‘"
                    + name(id) + "’ were linked already (" + pair.getValue().label().en()
                    + "); change the strength in the table."));
        }
        pair.focus();
    }

    private int indexOf(String activityId) {
        for (int i = 0; i < activities.size(); i++) {
            if (activities.get(i).id().equals(activityId)) {
                return i;
            }
        }
        return -1;
    }

    private Component pairCell(Activity a, Activity b, int r, int c) {
        Select<Strength> strength = new Select<>();
        strength.setItems(Strength.values());
        strength.setEmptySelectionAllowed(true);
        strength.setEmptySelectionCaption("—");
        strength.setItemLabelGenerator(s -> s == null ? "—" : s.label().in(context.locale()));
        strength.setValue(links.stream().filter(l -> joins(l, a, b)).map(Link::strength).findFirst().orElse(null));
        strength.setAriaLabel(context.text("Verbinding ", "Link ") + a.name() + " – " + b.name());
        strength.setId("packages-link-" + r + "-" + c);
        pairs.put(r + "-" + c, strength);
        strength.setWidthFull();
        strength.setReadOnly(!canEdit);
        strength.addValueChangeListener(e -> {
            Link kept = links.stream().filter(l -> joins(l, a, b)).findFirst().orElse(null);
            links.removeIf(l -> joins(l, a, b));
            if (e.getValue() != null) {
                // a link keeps the direction it was drawn in
                links.add(kept == null ? new Link(a.id(), b.id(), e.getValue())
                        : new Link(kept.from(), kept.to(), e.getValue()));
            }
            picture.removeAll();
            picture.add(linkGraph());
        });
        return strength;
    }

    private static boolean joins(Link l, Activity a, Activity b) {
        return l.from().equals(a.id()) && l.to().equals(b.id()) || l.from().equals(b.id()) && l.to().equals(a.id());
    }

    private String name(String activityId) {
        return activities.stream().filter(a -> a.id().equals(activityId)).map(Activity::name).findFirst()
                .orElse(activityId);
    }
}
