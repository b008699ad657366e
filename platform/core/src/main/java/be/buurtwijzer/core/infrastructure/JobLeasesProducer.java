package be.buurtwijzer.core.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import javax.sql.DataSource;

/** The scheduled work's leases on the product's database, held in this node's name. */
@ApplicationScoped
public class JobLeasesProducer {

    @Resource(lookup = "jdbc/buurtwijzer")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Produces
    @Dependent
    JobLeases jobLeases() {
        return new JobLeases(dataSource, clock, JobLeases.thisNode());
    }
}
