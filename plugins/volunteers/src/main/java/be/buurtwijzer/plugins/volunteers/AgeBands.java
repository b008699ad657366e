package be.buurtwijzer.plugins.volunteers;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugins.volunteers.domain.Volunteer.AgeBand;

/** The age bands in words. */
final class AgeBands {

    private AgeBands() {
    }

    static String label(AgeBand band, InstrumentContext context) {
        return context.text(switch (band) {
            case UNDER_25 -> new Text("jonger dan 25", "under 25");
            case FROM_25_TO_44 -> new Text("25 tot 44", "25 to 44");
            case FROM_45_TO_64 -> new Text("45 tot 64", "45 to 64");
            case FROM_65_TO_79 -> new Text("65 tot 79", "65 to 79");
            case FROM_80 -> new Text("80 of ouder", "80 or older");
        });
    }
}
