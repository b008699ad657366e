package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugins.spiderweb.domain.Factor;
import be.buurtwijzer.plugins.support.DownloadLink;
import be.buurtwijzer.plugins.support.Pictures;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;

/**
 * What a saved web shows (seed 004): its signals, the web and the factor radar as pictures (the tables above hold
 * the same data), and their downloads.
 */
final class WebPicturePanel extends VerticalLayout {

    private final InstrumentContext context;

    WebPicturePanel(InstrumentContext context) {
        this.context = context;
        setPadding(false);
    }

    /** What {@code current} shows (nothing while no web is open); {@code factors}: every factor by id. */
    void show(Payloads.WebDetails current, Map<String, Factor> factors) {
        removeAll();
        if (current == null) {
            return;
        }
        WebPictures pictures = WebPictures.current(context, current.name(), current.state(), factors);
        UnorderedList signals = new UnorderedList();
        current.signals().forEach(s -> signals.add(new ListItem(s.message())));
        add(new H2(context.text("Wat het web laat zien", "What the web shows")), current.signals().isEmpty()
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

    /** An SVG picture on the page, with the words that say what it shows. */
    static Image image(String svg, String alt) {
        return Pictures.shown(svg, alt, "640px");
    }
}
