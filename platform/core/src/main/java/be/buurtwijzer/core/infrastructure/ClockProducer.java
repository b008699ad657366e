package be.buurtwijzer.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

@ApplicationScoped
public class ClockProducer {

    /** Ticks in microseconds, the precision of DATETIME(6): what an answer shows is what was stored. */
    private static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    @Produces
    public Clock clock() {
        return CLOCK;
    }
}
