package be.buurtwijzer.plugins.spiderweb.domain;

import be.buurtwijzer.plugin.api.Text;

/** The reflection questions of the partner scan "Zoek vonken en vuur" (seed 003, Partnerscan). */
public enum ScanQuestion {
    PERSPECTIVE(new Text("Vanuit welk perspectief kijkt deze partner naar zorgzame buurten? Is hij al mee in het verhaal?",
            "From which perspective does this partner look at caring neighbourhoods? Is it already on board?")),
    SHARED_GOALS(new Text("Wat zijn gezamenlijke doelen en drijfveren? Hoe hoog staan ze op de agenda van de partner?",
            "What are shared goals and drivers? How high are they on the partner's agenda?")),
    LEVERS(new Text("Wat zijn positieve hefbomen?", "What are positive levers?")),
    OBSTACLES(new Text("Wat zijn mogelijke hinderpalen?", "What are possible obstacles?")),
    APPROACH(new Text("Hoe benader ik deze partner best?", "How do I best approach this partner?")),
    KNOW_EACH_OTHER(new Text("Kennen we elkaar voldoende, formeel en informeel? Is er vriendelijkheid, respect en vertrouwen?",
            "Do we know each other enough, formally and informally? Is there friendliness, respect and trust?")),
    WIN_WIN(new Text("Is er een duidelijke win-win te vinden?", "Is there a clear win-win?")),
    EXPECTATIONS(new Text("Wat mogen wij van hen verwachten, en zij van ons?", "What may we expect of them, and they of us?")),
    INVOLVEMENT(new Text("Op welke manier wil de partner betrokken worden?", "How does the partner want to be involved?")),
    GROWTH_PATH(new Text("Is er een groeitraject mogelijk qua betrokkenheid?", "Is a growth path in involvement possible?"));

    private final Text question;

    ScanQuestion(Text question) {
        this.question = question;
    }

    public Text question() {
        return question;
    }
}
