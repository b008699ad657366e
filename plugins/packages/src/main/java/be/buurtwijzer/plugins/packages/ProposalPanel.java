package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugins.packages.domain.Division;
import be.buurtwijzer.plugins.packages.domain.Link;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tool's proposal of packages (step 4), in words: which activities share a package and what holds them
 * together, which were kept apart because of their scales. Taking it over is a {@link TakeEvent}.
 */
final class ProposalPanel extends Div {

    /** Someone takes the proposal over as the plan's packages. */
    static final class TakeEvent extends ComponentEvent<ProposalPanel> {

        private final Division proposal;

        TakeEvent(ProposalPanel source, Division proposal) {
            super(source, false);
            this.proposal = proposal;
        }

        Division proposal() {
            return proposal;
        }
    }

    private final InstrumentContext context;
    private final Function<String, String> name;
    private final boolean canEdit;

    /** @param name an activity's name by its id */
    ProposalPanel(InstrumentContext context, Function<String, String> name, boolean canEdit) {
        this.context = context;
        this.name = name;
        this.canEdit = canEdit;
        getElement().setAttribute("aria-live", "polite");
    }

    void show(Division proposal) {
        removeAll();
        UnorderedList list = new UnorderedList();
        for (Division.Part part : proposal.packages()) {
            String holding = part.holdingLinks().isEmpty() ? context.text("geen verbindingen binnen het pakket",
                    "no internal links")
                    : part.holdingLinks().stream().map(l -> name.apply(l.from()) + " – " + name.apply(l.to()) + " ("
                            + l.strength().label().in(context.locale()) + ")").collect(Collectors.joining("; "));
            list.add(new ListItem(part.name() + ": " + part.activityIds().stream().map(name)
                    .collect(Collectors.joining(", ")) + ". " + context.text("Samengehouden door: ",
                    "Held together by: ")
                    + holding + "."));
        }
        for (Link apart : proposal.keptApartByScale()) {
            list.add(new ListItem(context.text("Apart gehouden wegens de schaal: ", "Kept apart because of scale: ")
                    + name.apply(apart.from()) + " – " + name.apply(apart.to())
                    + context.text(" (hun ideale schalen liggen ver uiteen; "
                    + "tussen hun pakketten volstaat strategische afstemming)", " (their ideal scales are far apart; "
                    + "strategic agreement between their packages is enough)")));
        }
        Button apply = new Button(context.text("Voorstel overnemen", "Apply the proposal"),
                a -> fireEvent(new TakeEvent(this, proposal)));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setVisible(canEdit);
        add(new Paragraph(context.text("Voorstel: activiteiten die sterk met elkaar verbonden zijn, komen in "
                + "hetzelfde pakket; tussen de pakketten blijven zo weinig en zo zwak mogelijke verbindingen over.",
                "Proposal: activities strongly linked to each other share a package; as few and as weak links as "
                + "possible remain between the packages.")), list, why(context, proposal.modularity()), apply);
    }

    Registration addTakeListener(ComponentEventListener<TakeEvent> listener) {
        return addListener(TakeEvent.class, listener);
    }

    /** The figure behind a proposal, for those who want it, in words first. */
    static Details why(InstrumentContext context, double modularity) {
        String verdict = modularity >= 0.3 ? context.text("De pakketten zijn duidelijk van elkaar te scheiden.",
                "The packages separate clearly.") : modularity > 0 ? context.text("De pakketten zijn maar matig van "
                + "elkaar te scheiden: er blijven veel verbindingen tussen.", "The packages separate only moderately: "
                + "many links remain between them.") : context.text("Deze verdeling scheidt de activiteiten niet beter "
                + "dan het toeval.", "This division separates the activities no better than chance.");
        return new Details(context.text("Waarom deze pakketten?", "Why these packages?"),
                new Paragraph(verdict + " "
                + context.text("Maat voor de verdeling (modulariteit, van -0,5 tot 1; boven 0,3 is goed): ",
                "Measure of the "
                + "division (modularity, from -0.5 to 1; above 0.3 is good): ") + String.format(context.locale(), "%.2f",
                modularity) + context.text(". Berekend met het Leiden-algoritme op de gewogen verbindingen.",
                ". Computed with the "
                + "Leiden algorithm on the weighted links.")));
    }
}
