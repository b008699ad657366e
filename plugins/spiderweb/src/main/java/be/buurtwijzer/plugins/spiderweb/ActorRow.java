package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugin.api.vocabulary.Intensity;
import be.buurtwijzer.plugins.spiderweb.domain.Enthusiasm;
import be.buurtwijzer.plugins.spiderweb.domain.Participation;
import be.buurtwijzer.plugins.spiderweb.domain.ScanQuestion;
import java.util.EnumMap;
import java.util.Map;

/** An actor's place in the web while the page edits it. */
final class ActorRow {
    String actorId;
    String name;
    String sector;
    Intensity current;
    Intensity needed;
    Participation participation;
    Enthusiasm enthusiasm;
    Map<ScanQuestion, String> scan = new EnumMap<>(ScanQuestion.class);
}
