package be.buurtwijzer.core.application.instruments;

import be.buurtwijzer.core.application.shared.ForbiddenException;
import be.buurtwijzer.core.application.shared.NotFoundException;
import be.buurtwijzer.core.infrastructure.plugins.LoadedInstrument;
import be.buurtwijzer.plugin.api.InstrumentException;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.report.FragmentOffer;
import be.buurtwijzer.plugin.api.report.FragmentResult;
import be.buurtwijzer.plugin.api.report.ReportFragment;
import be.buurtwijzer.plugin.api.report.ReportFragmentSpec;
import be.buurtwijzer.plugin.api.report.ReportFragments;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Another instrument's report fragments for the instrument that asks: each passes the instrument gate for the
 * same municipality and user at that moment (on here, plugin running) and the fragment's permission, and then
 * renders in the other instrument's own context, so that it reads its own records only. A fragment that may not
 * or cannot be rendered comes back as a note saying why, never as content.
 */
final class ReportFragmentRenderer implements ReportFragments {

    private final InstrumentTicket asking;
    private final InstrumentCalls calls;

    ReportFragmentRenderer(InstrumentTicket asking, InstrumentCalls calls) {
        this.asking = asking;
        this.calls = calls;
    }

    private Locale locale() {
        return asking.locale();
    }

    private String say(String nl, String en) {
        return new Text(nl, en).in(locale());
    }

    private String nameOf(String pluginId) {
        return calls.runtime.instrument(pluginId).map(i -> i.descriptor().name().in(locale())).orElse(pluginId);
    }

    private InstrumentTicket enter(String pluginId) {
        return calls.instrumentGate.enter(asking.access().caller(), asking.access().slug(), pluginId);
    }

    @Override
    public List<FragmentOffer> offered() {
        List<FragmentOffer> offers = new ArrayList<>();
        for (LoadedInstrument loaded : calls.runtime.instruments()) {
            InstrumentTicket ticket;
            try {
                ticket = enter(loaded.pluginId());
            } catch (RuntimeException off) {
                continue;
            }
            for (ReportFragmentSpec spec : specs(ticket)) {
                if (spec.permission() == null || ticket.permissions().contains(spec.permission())) {
                    offers.add(new FragmentOffer(loaded.pluginId(), ticket.name(), spec.name(), spec.title().in(locale()),
                            spec.description() == null ? "" : spec.description().in(locale()), spec.parameters()));
                }
            }
        }
        return offers;
    }

    @Override
    public List<be.buurtwijzer.plugin.api.report.OfferedTemplate> templates() {
        List<be.buurtwijzer.plugin.api.report.OfferedTemplate> offered = new ArrayList<>();
        for (LoadedInstrument loaded : calls.runtime.instruments()) {
            InstrumentTicket ticket;
            try {
                ticket = enter(loaded.pluginId());
            } catch (RuntimeException off) {
                continue;
            }
            try {
                for (var template : loaded.instrument().reportTemplates()) {
                    offered.add(new be.buurtwijzer.plugin.api.report.OfferedTemplate(loaded.pluginId(), ticket.name(),
                            loaded.version(), template));
                }
            } catch (RuntimeException | LinkageError e) {
                calls.guard.failed(loaded.pluginId(), "report templates", e);
            }
        }
        return offered;
    }

    private List<ReportFragmentSpec> specs(InstrumentTicket ticket) {
        try {
            return ticket.instrument().instrument().reportFragments();
        } catch (RuntimeException | LinkageError e) {
            calls.guard.failed(ticket.instrument().pluginId(), "report fragments", e);
            return List.of();
        }
    }

    @Override
    public FragmentResult render(String pluginId, String name, Map<String, String> parameters) {
        InstrumentTicket ticket;
        try {
            ticket = enter(pluginId);
        } catch (ForbiddenException | NotFoundException off) {
            return FragmentResult.omitted(pluginId, name, nameOf(pluginId), say("'" + nameOf(pluginId) + "' staat niet "
                    + "aan in deze gemeente; dit deel is weggelaten.", "'" + nameOf(pluginId) + "' is not on in this "
                    + "municipality; this part was left out."));
        } catch (RuntimeException unavailable) {
            return FragmentResult.omitted(pluginId, name, nameOf(pluginId), say("'" + nameOf(pluginId) + "' draait nu "
                    + "niet op het platform; dit deel is weggelaten.", "'" + nameOf(pluginId) + "' is not running on the "
                    + "platform now; this part was left out."));
        }
        String instrument = ticket.name();
        ReportFragmentSpec spec = specs(ticket).stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
        if (spec == null) {
            return FragmentResult.omitted(pluginId, name, instrument, say("'" + instrument + "' levert geen deel '" + name
                    + "' (meer); het is weggelaten.", "'" + instrument + "' offers no part '" + name + "' (any more); "
                    + "it was left out."));
        }
        if (spec.permission() != null && !ticket.permissions().contains(spec.permission())) {
            return FragmentResult.omitted(pluginId, name, instrument, say("Je rol geeft geen inzage in '" + instrument
                    + "'; dit deel is weggelaten.", "Your role gives no access to '" + instrument + "'; this part was "
                    + "left out."));
        }
        try {
            ReportFragment fragment = spec.renderer().render(calls.fragmentContext(ticket),
                    parameters == null ? Map.of() : Map.copyOf(parameters));
            return fragment == null ? FragmentResult.omitted(pluginId, name, instrument, say("'" + instrument
                    + "' heeft hier nog niets voor; dit deel is weggelaten.", "'" + instrument + "' has nothing for this "
                    + "yet; this part was left out.")) : FragmentResult.rendered(pluginId, name, instrument, fragment);
        } catch (InstrumentException refused) {
            return FragmentResult.omitted(pluginId, name, instrument, say("'" + instrument + "' kon dit deel niet maken: "
                    + refused.getMessage(), "'" + instrument + "' could not make this part: " + refused.getMessage()));
        } catch (RuntimeException | LinkageError failure) {
            String reference = calls.guard.failed(pluginId, "report fragment " + name, failure);
            return FragmentResult.omitted(pluginId, name, instrument, say("'" + instrument + "' kon dit deel niet maken "
                    + "(referentie " + reference + "); het is weggelaten.", "'" + instrument + "' failed to make this part "
                    + "(reference " + reference + "); it was left out."));
        }
    }
}
