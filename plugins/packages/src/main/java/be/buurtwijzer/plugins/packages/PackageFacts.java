package be.buurtwijzer.plugins.packages;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugins.packages.domain.PackageAnalysis;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A package's figures in words (step 4): its activities, ideal scale, partners, the intensity inside, how much its
 * links weigh inside and out, its coordination, and what runs at another scale today.
 */
final class PackageFacts extends UnorderedList {

    private final InstrumentContext context;

    /**
     * @param name an activity's name by its id
     * @param actorName a partner's name by its register id
     */
    PackageFacts(InstrumentContext context, PackageAnalysis.PackageDetails details, Function<String, String> name,
            Function<String, String> actorName) {
        this.context = context;
        add(new ListItem(context.text("Activiteiten: ", "Activities: ")
                + details.activityIds().stream().map(name)
                        .collect(Collectors.joining(", "))),
                new ListItem(context.text("Ideale schaal (de kleinste): ", "Ideal scale (the smallest): ")
                + (details.idealScale() == null
                        ? "—" : details.idealScale().label().in(context.locale()))),
                new ListItem(context.text("Partners (alle en enkel de nodige): ",
                "Partners (all and only the needed): ")
                        + (details.partners().isEmpty() ? "—" : details.partners().stream().map(actorName)
                        .collect(Collectors.joining(", "))) + (details.teamSizeNote() == null ? ""
                        : " — " + details.teamSizeNote().in(context.locale()))),
                new ListItem(context.text("Intensiteit binnen: ", "Intensity inside: ")
                + (details.intensityFrom() == details.intensityTo()
                        ? details.intensityTo().label().in(context.locale()) : details.intensityFrom().label()
                        .in(context.locale()) + " – " + details.intensityTo().label().in(context.locale()))
                        + (details.intensityStated() ? context.text(" (zoals het team ze opgaf)",
                        " (as the team stated it)")
                        : details.holdingLinks().isEmpty() ? context.text(" (standaard; geef ze hieronder op)",
                        " (a default; state it below)") : context.text(" (uit de verbindingen)", " (from the links)"))),
                new ListItem(context.text("Verbindingen binnen het pakket wegen ", "Links inside the package weigh ")
                        + number(details.internalCohesion()) + context.text(", naar andere pakketten ",
                        ", to other packages ")
                        + number(details.externalCohesion()) + (details.externalCohesion() > details.internalCohesion()
                        ? context.text(" (meer naar buiten dan binnen: overweeg een andere verdeling)",
                        " (more outside than inside: consider another division)") : "")),
                new ListItem(context.text("Coördinatie: ", "Coordination: ") + (details.coordination() == null
                        ? context.text("beantwoord de vragen hieronder", "answer the questions below")
                        : details.coordination().label().in(context.locale()))));
        if (!details.scaleDeviations().isEmpty()) {
            add(new ListItem(context.text("Loopt vandaag op een andere schaal: ", "Runs at another scale today: ")
                    + details.scaleDeviations().stream().map(name).collect(Collectors.joining(", "))));
        }
    }

    private String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(context.locale(), "%.1f", value);
    }
}
