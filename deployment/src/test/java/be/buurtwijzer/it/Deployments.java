package be.buurtwijzer.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application as it ships: the WAR built by the ui module, unchanged. */
public final class Deployments {
    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("it.war", "target/app/buurtwijzer.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
