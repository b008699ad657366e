import com.sun.tools.attach.VirtualMachine;
import javax.management.ObjectName;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Prints how many of the database pool's connections are in use, as "in-use size max", from Liberty's
 * ConnectionManagerMBean (showPoolContents) over the JDK's attach API: run with the server's JDK as
 * `java deployment/bench/PoolInUse.java <server pid> [JNDI name, default jdbc/buurtwijzer]`. Between runs of a
 * benchmark no request is in flight, so a connection still in use then is one the server lost. Not the
 * ConnectionPoolStats MBean: the product's monitor filter leaves connection pool statistics off (server.xml), since
 * they are updated on every request.
 */
public class PoolInUse {
    public static void main(String[] args) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        try (var jmx = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()))) {
            var server = jmx.getMBeanServerConnection();
            var pools = server.queryNames(new ObjectName(
                    "WebSphere:type=com.ibm.ws.jca.cm.mbean.ConnectionManagerMBean,jndiName="
                            + (args.length > 1 ? args[1] : "jdbc/buurtwijzer") + ",*"), null);
            for (ObjectName pool : pools) {
                String contents = (String) server.invoke(pool, "showPoolContents", new Object[0], new String[0]);
                System.out.println(value(contents, "unshared") + value(contents, "shared") + " "
                        + value(contents, "size") + " " + value(contents, "maxPoolSize"));
            }
        } finally {
            vm.detach();
        }
    }

    private static int value(String contents, String name) {
        var line = contents.lines().filter(l -> l.startsWith(name + "=")).findFirst().orElseThrow();
        return Integer.parseInt(line.substring(name.length() + 1).trim());
    }
}
