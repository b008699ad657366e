package be.buurtwijzer.plugins.volunteers;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugins.support.Sections;
import be.buurtwijzer.plugins.volunteers.Payloads.Summary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.MessageFormat;

/**
 * The volunteer policy page: the policy for everyone who may read it; the register and the allowances for
 * those who may see people (administrators and coordinators); partners see the figures only.
 */
public class VolunteersView extends VerticalLayout {

    final Paragraph figures = new Paragraph();
    final Sections sections;
    private final InstrumentContext context;

    public VolunteersView(InstrumentContext context) {
        this.context = context;
        // the host page shows the instrument's name as the heading
        add(figures);
        sections = new Sections(context.text("Onderdelen", "Sections"));
        add(sections);
        section(new Text("Beleid", "Policy"), new PolicyEditor(context));
        ReachPanel reach = new ReachPanel(context);
        if (context.user().has(VolunteersInstrument.PEOPLE)) {
            AllowanceBook allowances = new AllowanceBook(context);
            EngagementPanel engagements = new EngagementPanel(context);
            section(new Text("Vrijwilligers", "Volunteers"), new VolunteerRegister(context, () -> {
                allowances.refresh();
                engagements.refresh();
                reach.refresh();
                figures();
            }));
            section(new Text("Vergoedingen", "Allowances"), allowances);
            section(new Text("Taken en verzekering", "Tasks and insurance"), engagements);
        }
        section(new Text("Bereik", "Reach"), reach);
        figures();
    }

    private void section(Text title, Component panel) {
        sections.add(context.text(title), panel, this);
    }

    private void figures() {
        figures.setText(sentence(context, (Summary) context.call("summary", new Payloads.Nothing())));
    }

    /** "12 actieve vrijwilligers · beleid v3 goedgekeurd · 2 bijna aan jaarplafond", plurals by a message format. */
    static String sentence(InstrumentContext context, Summary s) {
        boolean english = "en".equals(context.locale().getLanguage());
        String pattern = english
                ? "{0,choice,0#no active volunteers|1#1 active volunteer|1<{0,number,integer} active volunteers} · "
                        + "{1,choice,0#no approved policy yet|1#policy v{1,number,integer} approved} · "
                        + "{2,choice,0#nobody near the yearly cap|1#1 nearly at the yearly cap|1<{2,number,integer} "
                        + "nearly at the yearly cap}"
                : "{0,choice,0#geen actieve vrijwilligers|1#1 actieve vrijwilliger|1<{0,number,integer} actieve "
                        + "vrijwilligers} · {1,choice,0#nog geen goedgekeurd beleid|1#beleid v{1,number,integer} "
                        + "goedgekeurd} · {2,choice,0#niemand bijna aan jaarplafond|1#1 bijna aan jaarplafond|1<"
                        + "{2,number,integer} bijna aan jaarplafond}";
        return new MessageFormat(pattern, context.locale()).format(new Object[] {s.activeVolunteers(),
                s.approvedPolicyVersion() == null ? 0 : s.approvedPolicyVersion(), s.nearlyAtCap()});
    }

    static Component card(InstrumentContext context) {
        return new Paragraph(sentence(context, new VolunteerService(context).summary()));
    }
}
