package be.buurtwijzer.plugins.packages.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugins.packages.domain.Activity;
import be.buurtwijzer.plugins.packages.domain.Link;
import be.buurtwijzer.plugins.packages.domain.Strength;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GraphPainterTest {

    private static Activity activity(String id) {
        return new Activity(id, "Activiteit " + id, true, Scale.MUNICIPALITY, null, null, 1, List.of(), List.of(),
                List.of(), null);
    }

    @Test
    void aClickOnOrJustBesideADotFindsItsActivityAndAClickInTheEmptyFindsNone() {
        List<Activity> activities = List.of(activity("a"), activity("b"), activity("c"));
        GraphPainter painter = new GraphPainter("Plan", activities, List.of(new Link("a", "b", Strength.STRONG)),
                List.of(), Locale.ENGLISH);
        for (Activity a : activities) {
            Point2D at = painter.layout().positions().get(a.id());
            // the dots are drawn 24 px from the left and 80 px from the top of the picture
            double x = 24 + at.getX();
            double y = 80 + at.getY();
            assertEquals(Optional.of(a.id()), painter.activityAt(x, y));
            assertEquals(Optional.of(a.id()), painter.activityAt(x + 14, y - 5), "just beside the dot");
        }
        assertEquals(Optional.empty(), painter.activityAt(2, 2), "the corner holds no activity");
        assertEquals(Optional.empty(), painter.activityAt(painter.width() - 5, painter.height() - 5), "nor the legend");
    }
}
