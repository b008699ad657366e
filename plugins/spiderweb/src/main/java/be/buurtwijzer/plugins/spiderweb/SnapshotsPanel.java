package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugins.support.DownloadLink;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A web's snapshots (seed 004: the web is drawn again later to see what moved): take one under a name, and
 * compare two, or one with the web now, as a list and as a picture to download.
 */
final class SnapshotsPanel extends VerticalLayout {

    private final InstrumentContext context;
    private final SpiderWebService service;
    private final boolean canEdit;
    private final Consumer<String> said;

    SnapshotsPanel(InstrumentContext context, SpiderWebService service, boolean canEdit, Consumer<String> said) {
        this.context = context;
        this.service = service;
        this.canEdit = canEdit;
        this.said = said;
        setPadding(false);
    }

    /** The snapshots of {@code current} (none when no web is open), to take one and to compare two. */
    void show(Payloads.WebDetails current) {
        removeAll();
        if (current == null) {
            return;
        }
        List<Payloads.SnapshotDetails> taken = service.snapshots(current.id());
        add(new H2(context.text("Momentopnames", "Snapshots")));
        TextField label = new TextField(context.text("Naam van de momentopname", "Name of the snapshot"));
        label.setId("spiderweb-snapshot-label");
        label.setMaxLength(200);
        Button freeze = new Button(context.text("Momentopname nemen", "Take a snapshot"), click -> {
            try {
                context.call("snapshot", new Payloads.SnapshotRequest(current.id(), label.getValue(), null));
            } catch (InstrumentException e) {
                label.setErrorMessage(e.getMessage());
                label.setInvalid(true);
                return;
            }
            show(current);
            said.accept(context.text("Momentopname genomen.", "Snapshot taken."));
        });
        HorizontalLayout take = new HorizontalLayout(label, freeze);
        take.setAlignItems(FlexComponent.Alignment.BASELINE);
        take.setVisible(canEdit);
        add(take);
        if (taken.isEmpty()) {
            add(new Paragraph(context.text("Nog geen momentopnames.", "No snapshots yet.")));
            return;
        }
        Select<Payloads.SnapshotDetails> from = new Select<>();
        from.setId("spiderweb-compare-from");
        from.setLabel(context.text("Vergelijk", "Compare"));
        from.setItems(taken);
        from.setItemLabelGenerator(s -> s == null ? "" : s.label() + " (" + WebPictures.DATE.format(s.date()) + ")");
        from.setValue(taken.get(0));
        Select<Payloads.SnapshotDetails> to = new Select<>();
        to.setId("spiderweb-compare-to");
        to.setLabel(context.text("met", "with"));
        to.setItems(taken);
        to.setEmptySelectionAllowed(true);
        to.setEmptySelectionCaption(context.text("het web nu", "the web now"));
        to.setItemLabelGenerator(s -> s == null ? context.text("het web nu", "the web now") : s.label() + " ("
                + WebPictures.DATE.format(s.date()) + ")");
        Div outcome = new Div();
        outcome.getElement().setAttribute("aria-live", "polite");
        Button compare = new Button(context.text("Vergelijken", "Compare"), click -> {
            if (from.getValue() == null) {
                return;
            }
            Payloads.ComparisonDetails c = service.compare(new Payloads.CompareRequest(current.id(),
                    from.getValue() == null ? null : from.getValue().id(), to.getValue() == null ? null : to.getValue().id()));
            outcome.removeAll();
            UnorderedList list = new UnorderedList();
            c.inward().forEach(m -> list.add(new ListItem(context.text("Naar binnen: ", "Moved inward: ")
                    + m.actorName() + " ("
                    + context.text(m.from().label()) + " → " + context.text(m.to().label()) + ")")));
            c.outward().forEach(m -> list.add(new ListItem(context.text("Naar buiten: ", "Moved outward: ")
                    + m.actorName() + " ("
                    + context.text(m.from().label()) + " → " + context.text(m.to().label()) + ")")));
            c.joined().forEach(n -> list.add(new ListItem(context.text("Nieuw: ", "Joined: ") + n)));
            c.left().forEach(n -> list.add(new ListItem(context.text("Niet meer in het web: ", "Left: ") + n)));
            c.factors().forEach(f -> list.add(new ListItem(context.text("Factor ", "Factor ") + f.label() + ": "
                    + f.from() + " → "
                    + f.to())));
            outcome.add(new Paragraph(c.from() + " → " + c.to()), list.getChildren().findAny().isPresent() ? list
                    : new Paragraph(context.text("Geen verschillen.", "No differences.")));
            Map<String, String> parameters = new java.util.HashMap<>();
            parameters.put("webId", current.id());
            parameters.put("from", from.getValue().id());
            if (to.getValue() != null) {
                parameters.put("to", to.getValue().id());
            }
            var painter = WebPictures.comparison(context, parameters);
            String svg = WebPictures.svg(painter, context.logo());
            outcome.add(WebPicturePanel.image(svg,
                    context.text("Wat veranderde, als beeld; de lijst hierboven zegt hetzelfde.",
                    "What changed, as a picture; the list above says the same.")), new HorizontalLayout(
                    DownloadLink.of(context.text("Vergelijking als SVG", "Comparison as SVG"), "vergelijking.svg",
                    "image/svg+xml",
                            () -> WebPictures.utf8(svg)),
                    DownloadLink.of(context.text("Vergelijking als PNG", "Comparison as PNG"), "vergelijking.png",
                    "image/png",
                            () -> WebPictures.png(painter, context.logo()))));
        });
        HorizontalLayout comparing = new HorizontalLayout(from, to, compare);
        comparing.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(comparing, outcome);
    }
}
