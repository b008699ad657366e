package be.buurtwijzer.plugins.spiderweb.domain;

import be.buurtwijzer.plugin.api.Text;

/** The ten reflection questions of the partner scan "Zoek vonken en vuur" (seed 003, Partnerscan), in full. */
public enum ScanQuestion {
    PERSPECTIVE(new Text("Vanuit welk perspectief kijkt deze (potentiële) partner naar zorgzame buurten? Is de partner al "
            + "mee in het verhaal? Heeft de partner een brede blik en staat hij open? Of houdt de partner sterk vast aan "
            + "zijn eigen verhaal en moeten we van daaruit een toegangspoort vinden?",
            "From which perspective does this (potential) partner look at caring neighbourhoods? Is the partner already "
                    + "on board? Does the partner have a broad view and is it open? Or does it hold on to its own story, so "
                    + "that we must find a way in from there?")),
    SHARED_GOALS(new Text("Wat zijn gezamenlijke doelen en drijfveren? Hoe hoog staan ze op de agenda van de partner? Welk "
            + "samenwerkingspotentieel is er?", "What are shared goals and drivers? How high are they on the partner's "
            + "agenda? What potential for collaboration is there?")),
    LEVERS(new Text("Wat zijn positieve hefbomen? (De ladder van stimulerende factoren kan inspireren.)",
            "What are positive levers? (The ladder of stimulating factors can inspire.)")),
    OBSTACLES(new Text("Wat zijn mogelijke hinderpalen? (De draaikolk van remmende factoren kan inspireren.)",
            "What are possible obstacles? (The whirlpool of inhibiting factors can inspire.)")),
    APPROACH(new Text("Hoe benader ik deze partner best, gezien het geïdentificeerde samenwerkingspotentieel, hefbomen en "
            + "hinderpalen?", "How do I best approach this partner, given the collaboration potential, levers and "
            + "obstacles found?")),
    KNOW_EACH_OTHER(new Text("Kennen we elkaar voldoende? Formeel en informeel? Is er behalve kennis ook vriendelijkheid, "
            + "respect en vertrouwen?", "Do we know each other well enough? Formally and informally? Is there, besides "
            + "knowing, also friendliness, respect and trust?")),
    WIN_WIN(new Text("Is er een duidelijke win-win te vinden? Komt die vanuit het overkoepelende zorgzame buurtverhaal, of "
            + "vertrekken we voor deze partner beter vanuit een kleiner deelverhaal?", "Is there a clear win-win? Does it "
            + "come from the overall caring neighbourhood story, or is it better to start from a smaller part of the "
            + "story for this partner?")),
    EXPECTATIONS(new Text("Wat mogen wij van hen verwachten, en zij van ons?", "What may we expect of them, and they of us?")),
    INVOLVEMENT(new Text("Op welke manier wil de partner betrokken worden? Participatie op maat: informeren, consulteren, "
            + "adviseren en mee beslissen.", "How does the partner want to be involved? Participation tailored to it: "
            + "informing, consulting, advising and deciding together.")),
    GROWTH_PATH(new Text("Is er een groeitraject mogelijk qua betrokkenheid wanneer bepaalde randvoorwaarden vervuld "
            + "geraken? Een groeitraject voor de samenwerking zelf, de gedragenheid, de mentaliteit, andere hefbomen en "
            + "hinderpalen die versterkt of verminderd kunnen worden.", "Is a growth path in involvement possible once "
            + "certain conditions are met? A growth path for the collaboration itself, its support, the mentality, other "
            + "levers and obstacles that can be strengthened or reduced."));

    /** The answers that say something: a blank answer is no answer, so the question stays open. */
    public static java.util.Map<ScanQuestion, String> answered(java.util.Map<ScanQuestion, String> typed) {
        java.util.Map<ScanQuestion, String> answers = new java.util.EnumMap<>(ScanQuestion.class);
        typed.forEach((q, a) -> {
            if (a != null && !a.isBlank()) {
                answers.put(q, a);
            }
        });
        return answers;
    }

    private final Text question;

    ScanQuestion(Text question) {
        this.question = question;
    }

    public Text question() {
        return question;
    }
}
