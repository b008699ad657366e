package be.buurtwijzer.plugins.volunteers.domain;

import be.buurtwijzer.plugin.api.Text;
import java.util.List;

/**
 * The sections of a volunteer policy and the questions each must answer: the seed's questions (001, sheet K
 * "Vrijwilligers", with sheet J on neighbour help), then what Belgian volunteer law requires an organisation
 * to tell its volunteers (the organisation note, wet van 3 juli 2005, art. 4).
 */
public final class PolicyTemplate {

    /** One question, with its id in the stored answers. */
    public record Question(String id, Text text, boolean organisationNote) {
    }

    public record Section(String id, Text title, Text explanation, List<Question> questions) {
    }

    private PolicyTemplate() {
    }

    private static Question q(String id, String nl, String en) {
        return new Question(id, new Text(nl, en), false);
    }

    private static Question note(String id, String nl, String en) {
        return new Question(id, new Text(nl, en), true);
    }

    public static final List<Section> SECTIONS = List.of(
            new Section("commitment", new Text("Engagement", "Commitment"),
                    new Text("Bouw je verder op een bestaande groep vrijwilligers, spreek dan af wat je van hen vraagt.",
                            "If you build on an existing group of volunteers, agree on what you ask of them."),
                    List.of(q("commitment.same", "Vraag je van de vrijwilligers van de zorgzame buurt hetzelfde engagement "
                            + "als van de vrijwilligers bij andere gemeentelijke of stedelijke projecten?",
                            "Do you ask the same commitment of the caring neighbourhood's volunteers as of the volunteers "
                                    + "of other municipal projects?"))),
            new Section("compensation", new Text("Vergoeding en verzekering", "Allowances and insurance"),
                    new Text("De wet laat een forfaitaire vergoeding of de terugbetaling van reële kosten toe, nooit "
                            + "beide in hetzelfde jaar; een organisatie verzekert haar vrijwilligers.",
                            "The law allows a flat-rate allowance or paying back real costs, never both in one year; an "
                                    + "organisation insures its volunteers."),
                    List.of(q("compensation.how", "Worden de vrijwilligers vergoed? Zo ja, met welk systeem en voor welke "
                                    + "inzet?", "Are the volunteers paid back? If so, with which system and for what?"),
                            q("compensation.insurance", "Hoe zijn de vrijwilligers verzekerd?",
                                    "How are the volunteers insured?"))),
            new Section("knowledge", new Text("Kennis en vorming", "Knowledge and training"),
                    new Text("Vrijwilligers horen en zien veel: wie met gevoelige informatie omgaat, moet weten hoe.",
                            "Volunteers hear and see a lot: who handles sensitive information must know how."),
                    List.of(q("knowledge.required", "Welke kennis moet een vrijwilliger hebben (bijvoorbeeld omgaan met "
                                    + "gevoelige informatie: AVG en beroepsgeheim)?", "What must a volunteer know (e.g. "
                                    + "handling sensitive information: GDPR and professional secrecy)?"),
                            q("knowledge.taught", "Hoe leren ze dat?", "How do they learn it?"))),
            new Section("tasks", new Text("Taken en grenzen", "Tasks and boundaries"),
                    new Text("Schat in wat vrijwilligers kunnen doen en wat niet; zie erop toe dat ze hun grenzen bewaken "
                            + "en voldoende doorverwijzen.", "Judge what volunteers can and cannot do; see that they "
                            + "guard their boundaries and refer on enough."),
                    List.of(q("tasks.may", "Wat mogen vrijwilligers doen, en wat laat je aan professionals?",
                                    "What may volunteers do, and what do you leave to professionals?"),
                            q("tasks.referOn", "Hoe bewaken ze hun grenzen, en naar wie en hoe verwijzen ze door?",
                                    "How do they guard their boundaries, and to whom and how do they refer on?"))),
            new Section("coaching", new Text("Begeleiding", "Coaching"),
                    new Text("Een vrijwilligerswerking draait niet op zichzelf: in de meeste buurten blijft een "
                            + "professional betrokken.", "A volunteer group does not run by itself: in most "
                            + "neighbourhoods a professional stays involved."),
                    List.of(q("coaching.who", "Welke professional coacht de vrijwilligers en blijft betrokken?",
                            "Which professional coaches the volunteers and stays involved?"))),
            new Section("openness", new Text("Open en inclusief", "Open and inclusive"),
                    new Text("De groep mag zich niet terugplooien: ze blijft open voor bewoners met een andere kijk, "
                            + "andere noden of een kwetsbaarder profiel.", "The group must not close in on itself: it "
                            + "stays open to residents with another view, other needs or a more vulnerable profile."),
                    List.of(q("openness.how", "Hoe blijft de groep open voor nieuwe en kwetsbaardere buurtbewoners?",
                            "How does the group stay open to new and more vulnerable residents?"))),
            new Section("notVolunteering", new Text("Geen vrijwilliger zijn mag ook", "Not volunteering is fine"),
                    new Text("Samenleven is meer dan vrijwilligerswerk: burenhulp wordt geen verplichting en wie niet "
                            + "meedoet, voelt zich niet schuldig.", "Living together is more than volunteering: "
                            + "neighbour help does not become an obligation, and who does not join need not feel guilty."),
                    List.of(q("notVolunteering.how", "Hoe maak je duidelijk dat niet meedoen oké is, en hoe vermijd je dat "
                                    + "burenhulp geformaliseerd wordt tot verplichtingen?", "How do you make clear that not "
                                    + "joining is fine, and keep neighbour help from being formalised into obligations?"))),
            new Section("joining", new Text("Wanneer vrijwilligers instappen", "When volunteers join"),
                    new Text("Vrijwilligers kunnen al van bij de buurtanalyse meedoen: zo werk je van bij de start "
                            + "participatief.", "Volunteers can join from the neighbourhood analysis on: then you work "
                            + "participatively from the start."),
                    List.of(q("joining.when", "Wanneer en hoe betrek je vrijwilligers, al bij de buurtanalyse?",
                            "When and how do you involve volunteers, already in the neighbourhood analysis?"))),
            new Section("organisationNote", new Text("Organisatienota", "Organisation note"),
                    new Text("De vrijwilligerswet verplicht een organisatie om haar vrijwilligers vooraf te informeren; "
                            + "deze antwoorden vormen de organisatienota.", "Volunteer law obliges an organisation to "
                            + "inform its volunteers beforehand; these answers make the organisation note."),
                    List.of(note("note.aim", "Wat is het doel van de organisatie (de zorgzame buurt)?",
                                    "What is the organisation's (the caring neighbourhood's) aim?"),
                            note("note.legalStatus", "Wat is het juridisch statuut (bijvoorbeeld: lokaal bestuur)?",
                                    "What is its legal status (e.g. local government)?"),
                            note("note.responsible", "Wie is verantwoordelijk, en hoe neemt een vrijwilliger contact op?",
                                    "Who is responsible, and how does a volunteer get in touch?"),
                            note("note.insurance", "Welke verzekering dekt de vrijwilligers (verzekeraar, polis, "
                                    + "waarborgen)?", "Which insurance covers the volunteers (insurer, policy, cover)?"),
                            note("note.allowances", "Welke vergoeding krijgen vrijwilligers, en hoe?",
                                    "Which allowance do volunteers receive, and how?"),
                            note("note.discretion", "Welke discretie en welk beroepsgeheim gelden voor de vrijwilligers?",
                                    "Which discretion and professional secrecy apply to the volunteers?"))));

    public static List<Question> questions() {
        return SECTIONS.stream().flatMap(s -> s.questions().stream()).toList();
    }
}
