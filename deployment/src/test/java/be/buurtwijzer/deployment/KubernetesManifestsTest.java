package be.buurtwijzer.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import be.buurtwijzer.deployment.liberty.PatchLibertyRuntime;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Renders both Kustomize overlays of {@code deployment/kubernetes} with the real renderer ({@code kubectl kustomize},
 * or {@code kustomize build}) and checks what a cluster would get: every workload has startup, liveness and
 * readiness probes at the product's own health endpoints, resources, session affinity, a versioned image, a
 * non-root read-only container with the volumes Liberty writes to, no secret in a ConfigMap, and the tenant files
 * of the demo are those of {@code tenant-config/demo}. Also checks that the Containerfile uses what the build makes.
 *
 * <p>Without a renderer on the machine this test FAILS (it never skips): {@code deployment/bin/test.sh} installs
 * Debian's {@code kubernetes-client} when neither command is there. The manifests are written to render the same
 * with that kubectl 1.20 (kustomize v2) and with kustomize v5.
 *
 * <p>The rendered YAML is parsed with SnakeYAML (test scope only): the JDK has no YAML parser, and SnakeYAML's
 * safe constructor reads plain maps and lists without any binding code.
 */
class KubernetesManifestsTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path ROOT = MODULE.getParent();
    private static final Path KUBERNETES = MODULE.resolve("kubernetes");

    /** Probe kind → the MicroProfile Health endpoint that answers it (mpHealth-4.0 in server.xml). */
    private static final Map<String, String> HEALTH = Map.of("startup", "/health/started", "liveness", "/health/live",
            "readiness", "/health/ready");

    private static final int HTTP_PORT = 9080;

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|credential|private).*");

    private static final Map<String, List<Map<String, Object>>> rendered = new HashMap<>();

    @BeforeAll
    static void render() throws Exception {
        for (String overlay : List.of("demo", "production")) {
            rendered.put(overlay, parse(kustomize(KUBERNETES.resolve("overlays").resolve(overlay))));
        }
    }

    // ---- rendering ------------------------------------------------------------------------------------------------

    /** The renderer's command for a directory: kubectl's built-in kustomize, else a stand-alone kustomize. */
    static List<String> renderer(Path directory) {
        if (onPath("kubectl")) {
            return List.of("kubectl", "kustomize", directory.toString());
        }
        if (onPath("kustomize")) {
            return List.of("kustomize", "build", directory.toString());
        }
        return fail("Neither kubectl nor kustomize is on the PATH, so the Kubernetes manifests cannot be rendered and "
                + "checked. Install one (Debian: apt-get install kubernetes-client; deployment/bin/test.sh does so when "
                + "it runs as root).");
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static String kustomize(Path directory) throws IOException, InterruptedException {
        File errors = File.createTempFile("kustomize", ".err");
        try {
            Process process = new ProcessBuilder(renderer(directory)).redirectError(errors).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the renderer did not finish");
            assertEquals(0, process.exitValue(), "rendering " + directory + " failed: " + Files.readString(errors.toPath()));
            return out;
        } finally {
            errors.delete();
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parse(String yaml) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        assertFalse(documents.isEmpty(), "the overlay rendered nothing");
        return documents;
    }

    // ---- navigation -------------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static <T> T at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return (T) current;
    }

    static List<Map<String, Object>> kind(List<Map<String, Object>> documents, String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    static List<Map<String, Object>> list(Object node, String... path) {
        List<Map<String, Object>> value = at(node, path);
        return value == null ? List.of() : value;
    }

    /**
     * Every workload as the pod spec's container would see it: an OpenLibertyApplication's spec (the operator
     * turns it into one container) and the containers of plain workloads, with a name for the messages.
     */
    static Map<String, Map<String, Object>> containers(List<Map<String, Object>> documents) {
        Map<String, Map<String, Object>> containers = new HashMap<>();
        for (Map<String, Object> document : documents) {
            String name = document.get("kind") + "/" + at(document, "metadata", "name");
            if ("OpenLibertyApplication".equals(document.get("kind"))) {
                Map<String, Object> spec = at(document, "spec");
                Map<String, Object> probes = at(spec, "probes");
                Map<String, Object> container = new HashMap<>(spec);
                container.put("image", spec.get("applicationImage"));
                for (String probe : HEALTH.keySet()) {
                    container.put(probe + "Probe", probes == null ? null : probes.get(probe));
                }
                containers.put(name, container);
            }
            Map<String, Object> pod = "Pod".equals(document.get("kind")) ? at(document, "spec")
                    : "CronJob".equals(document.get("kind")) ? at(document, "spec", "jobTemplate", "spec", "template", "spec")
                    : at(document, "spec", "template", "spec");
            if (pod != null) {
                for (Map<String, Object> container : list(pod, "containers")) {
                    containers.put(name + "/" + container.get("name"), container);
                }
            }
        }
        return containers;
    }

    // ---- the rules --------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void everyContainerHasTheThreeProbesAtTheProductsHealthEndpoints(String overlay) {
        Map<String, Map<String, Object>> containers = containers(rendered.get(overlay));
        assertFalse(containers.isEmpty(), overlay + " has no workload");
        containers.forEach((name, container) -> HEALTH.forEach((probe, path) -> {
            Map<String, Object> check = at(container, probe + "Probe");
            assertNotNull(check, overlay + ": " + name + " has no " + probe + " probe");
            assertEquals(path, at(check, "httpGet", "path"), overlay + ": " + name + " " + probe + " probe");
            assertEquals((Object) HTTP_PORT, at(check, "httpGet", "port"), overlay + ": " + name + " " + probe + " probe port");
        }));
    }

    @Test
    void theProbedEndpointsExistInTheProduct() throws IOException {
        String server = Files.readString(MODULE.resolve("src/main/liberty/config/server.xml"));
        assertTrue(server.contains("<feature>mpHealth-4.0</feature>"), "/health/started, /live and /ready come from mpHealth");
        assertTrue(server.contains("<variable name=\"http.port\" defaultValue=\"" + HTTP_PORT + "\"/>"));
        String plugins = Files.readString(ROOT.resolve(
                "platform/rest/src/main/java/be/buurtwijzer/rest/health/PluginsStarted.java"));
        assertTrue(plugins.contains("@Startup") && plugins.contains("@Readiness"),
                "the start-up and readiness probes wait for the plugins");
        String start = Files.readString(ROOT.resolve(
                "platform/rest/src/main/java/be/buurtwijzer/rest/health/StartCompleted.java"));
        assertTrue(start.contains("@Startup") && start.contains("@Readiness"),
                "the start-up and readiness probes wait for the whole start (a node may wait for its database)");
        assertTrue(Files.readString(ROOT.resolve("platform/rest/src/main/java/be/buurtwijzer/rest/health/DatabaseReadiness.java"))
                .contains("@Readiness"));
        assertTrue(Files.readString(MODULE.resolve("Containerfile")).contains("HTTP_PORT=" + HTTP_PORT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void everyContainerHasResourcesAndAVersionedImage(String overlay) {
        containers(rendered.get(overlay)).forEach((name, container) -> {
            for (String[] resource : new String[][] {{"requests", "cpu"}, {"requests", "memory"}, {"limits", "memory"}}) {
                assertNotNull(at(container, "resources", resource[0], resource[1]),
                        overlay + ": " + name + " has no resources." + String.join(".", resource));
            }
            String image = (String) container.get("image");
            assertNotNull(image, overlay + ": " + name + " has no image");
            String last = image.substring(image.lastIndexOf('/') + 1);
            assertTrue(last.contains("@sha256:") || last.contains(":"), overlay + ": " + name + " image without a tag: " + image);
            assertFalse(last.endsWith(":latest"), overlay + ": " + name + " image tagged latest: " + image);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void sessionsStickToTheirPod(String overlay) {
        for (Map<String, Object> app : kind(rendered.get(overlay), "OpenLibertyApplication")) {
            assertEquals("ClientIP", at(app, "spec", "service", "sessionAffinity", "type"), overlay + ": service affinity");
            Map<String, Object> annotations = at(app, "spec", "route", "annotations");
            assertNotNull(annotations, overlay + ": no route annotations");
            assertEquals("cookie", annotations.get("nginx.ingress.kubernetes.io/affinity"), overlay + ": ingress affinity");
            assertNotNull(annotations.get("router.openshift.io/cookie_name"), overlay + ": route affinity");
            assertEquals(Boolean.TRUE, at(app, "spec", "expose"), overlay + ": exposed through an ingress or route");
        }
        for (Map<String, Object> service : kind(rendered.get(overlay), "Service")) {
            assertEquals("ClientIP", at(service, "spec", "sessionAffinity"), overlay + ": " + at(service, "metadata", "name"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void noSecretValueIsInAConfigMap(String overlay) {
        List<Map<String, Object>> documents = rendered.get(overlay);
        Set<String> secretValues = new HashSet<>();
        for (Map<String, Object> secret : kind(documents, "Secret")) {
            Map<String, Object> data = at(secret, "data");
            if (data != null) {
                data.values().forEach(v -> secretValues.add(new String(Base64.getDecoder().decode(v.toString()),
                        StandardCharsets.UTF_8)));
            }
            Map<String, Object> plain = at(secret, "stringData");
            if (plain != null) {
                plain.values().forEach(v -> secretValues.add(v.toString()));
            }
        }
        for (Map<String, Object> map : kind(documents, "ConfigMap")) {
            Map<String, Object> data = at(map, "data");
            if (data == null) {
                continue;
            }
            data.forEach((key, value) -> {
                String where = overlay + ": ConfigMap " + at(map, "metadata", "name") + " key " + key;
                assertFalse(SECRET_NAME.matcher(key).matches(), where + " looks like a secret: it belongs in the Secret");
                String text = String.valueOf(value);
                assertFalse(text.toLowerCase().matches("(?s).*[?&;]password=.*"), where + " has a password in a URL");
                secretValues.stream().filter(s -> s.length() >= 6).forEach(s -> assertFalse(text.contains(s),
                        where + " holds a value of the Secret"));
            });
        }
        containers(documents).forEach((name, container) -> list(container, "env").forEach(variable -> assertFalse(
                SECRET_NAME.matcher(String.valueOf(variable.get("name"))).matches() && variable.containsKey("value"),
                overlay + ": " + name + " sets " + variable.get("name") + " in plain text")));
    }

    @Test
    void productionOnlyReferencesItsSecretAndTheDemoSecretsSayDemo() {
        List<Map<String, Object>> production = rendered.get("production");
        assertTrue(kind(production, "Secret").isEmpty(), "production must not commit a Secret; it is created on the cluster");
        List<String> referenced = new ArrayList<>();
        for (Map<String, Object> app : kind(production, "OpenLibertyApplication")) {
            list(app, "spec", "envFrom").forEach(from -> {
                String name = at(from, "secretRef", "name");
                if (name != null) {
                    referenced.add(name);
                }
            });
        }
        assertEquals(List.of("buurtwijzer-secrets"), referenced, "the README names this Secret");
        for (Map<String, Object> secret : kind(rendered.get("demo"), "Secret")) {
            Map<String, Object> data = at(secret, "data");
            data.forEach((key, value) -> assertTrue(new String(Base64.getDecoder().decode(value.toString()),
                    StandardCharsets.UTF_8).toLowerCase().contains("demo"), "demo secret " + key + " must look like one"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void everyReferencedConfigMapAndSecretIsThereOrIsTheDocumentedOne(String overlay) {
        List<Map<String, Object>> documents = rendered.get(overlay);
        Set<String> maps = new HashSet<>();
        kind(documents, "ConfigMap").forEach(m -> maps.add(at(m, "metadata", "name")));
        Set<String> secrets = new HashSet<>(Set.of("buurtwijzer-secrets"));
        kind(documents, "Secret").forEach(s -> secrets.add(at(s, "metadata", "name")));
        for (Map<String, Object> app : kind(documents, "OpenLibertyApplication")) {
            for (Map<String, Object> from : list(app, "spec", "envFrom")) {
                String map = at(from, "configMapRef", "name");
                String secret = at(from, "secretRef", "name");
                assertTrue(map == null || maps.contains(map), overlay + ": no ConfigMap " + map);
                assertTrue(secret == null || secrets.contains(secret), overlay + ": no Secret " + secret);
            }
            for (Map<String, Object> volume : list(app, "spec", "volumes")) {
                String map = at(volume, "configMap", "name");
                assertTrue(map == null || maps.contains(map), overlay + ": no ConfigMap " + map);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void theContainerRunsAsNonRootOnAReadOnlyRootWithWritableVolumesWhereLibertyWrites(String overlay) {
        for (Map<String, Object> app : kind(rendered.get(overlay), "OpenLibertyApplication")) {
            Map<String, Object> security = at(app, "spec", "securityContext");
            assertEquals(Boolean.TRUE, at(security, "runAsNonRoot"), overlay);
            assertEquals((Object) 1001, at(security, "runAsUser"), overlay);
            assertEquals(Boolean.TRUE, at(security, "readOnlyRootFilesystem"), overlay);
            assertEquals(Boolean.FALSE, at(security, "allowPrivilegeEscalation"), overlay);
            Map<String, String> mounts = new HashMap<>();
            list(app, "spec", "volumeMounts").forEach(m -> mounts.put((String) m.get("mountPath"), (String) m.get("name")));
            Set<String> emptyDirs = new HashSet<>();
            list(app, "spec", "volumes").stream().filter(v -> v.containsKey("emptyDir"))
                    .forEach(v -> emptyDirs.add((String) v.get("name")));
            String pluginCache = env(app, "BUURTWIJZER_PLUGIN_CACHE");
            assertNotNull(pluginCache, overlay + ": BUURTWIJZER_PLUGIN_CACHE");
            for (String writable : List.of("/logs", "/opt/ol/wlp/output/defaultServer", "/tmp", pluginCache)) {
                assertTrue(emptyDirs.contains(mounts.get(writable)), overlay + ": " + writable + " must be a writable volume");
            }
        }
    }

    @Test
    void productionScalesOutAndADisruptionLeavesPodsRunning() {
        List<Map<String, Object>> production = rendered.get("production");
        for (Map<String, Object> app : kind(production, "OpenLibertyApplication")) {
            int min = at(app, "spec", "autoscaling", "minReplicas");
            int max = at(app, "spec", "autoscaling", "maxReplicas");
            assertTrue(min >= 2 && max > min, "production autoscales from at least two pods");
            assertTrue((int) at(app, "spec", "replicas") >= 2);
            assertPodDisruptionBudget(production, (String) at(app, "metadata", "name"));
        }
        for (Map<String, Object> app : kind(rendered.get("demo"), "OpenLibertyApplication")) {
            assertEquals(1, (int) at(app, "spec", "replicas"), "the demo's H2 database lives in its one pod");
            assertNull(at(app, "spec", "autoscaling"), "the demo's H2 database cannot scale out");
            assertPodDisruptionBudget(rendered.get("demo"), (String) at(app, "metadata", "name"));
        }
    }

    private static void assertPodDisruptionBudget(List<Map<String, Object>> documents, String app) {
        assertTrue(kind(documents, "PodDisruptionBudget").stream()
                .anyMatch(b -> app.equals(at(b, "spec", "selector", "matchLabels", "app.kubernetes.io/instance"))),
                "a PodDisruptionBudget selects the pods of " + app);
    }

    @Test
    void theDemoTenantFilesAreThoseOfTenantConfigDemoAndEachLandsWhereTheReaderLooks() throws IOException {
        List<Map<String, Object>> demo = rendered.get("demo");
        Map<String, Object> app = kind(demo, "OpenLibertyApplication").get(0);
        Map<String, Object> volume = list(app, "spec", "volumes").stream().filter(v -> "tenant-config".equals(v.get("name")))
                .findFirst().orElseThrow();
        String mapName = at(volume, "configMap", "name");
        Map<String, Object> data = at(kind(demo, "ConfigMap").stream()
                .filter(m -> mapName.equals(at(m, "metadata", "name"))).findFirst().orElseThrow(), "data");
        Map<String, String> paths = new HashMap<>();
        list(volume, "configMap", "items").forEach(i -> paths.put((String) i.get("key"), (String) i.get("path")));
        assertEquals(data.keySet(), paths.keySet(), "every tenant file is mapped into the folder");
        Path source = ROOT.resolve("tenant-config/demo");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertEquals(files.size(), paths.size(), "the demo overlay has every file of tenant-config/demo: a new one is "
                + "copied to deployment/kubernetes/overlays/demo/tenant-config/, named in the generator of its "
                + "kustomization.yaml and placed by tenant-config-items.yaml");
        paths.forEach((key, path) -> {
            try {
                assertEquals(Files.readString(source.resolve(path)), data.get(key),
                        "deployment/kubernetes/overlays/demo/tenant-config/" + path + " differs from tenant-config/demo/"
                                + path + ": copy it over (cp tenant-config/demo/" + path
                                + " deployment/kubernetes/overlays/demo/tenant-config/" + path + ")");
            } catch (IOException e) {
                fail("tenant-config/demo/" + path + " is not there", e);
            }
        });
        String mount = list(app, "spec", "volumeMounts").stream().filter(m -> "tenant-config".equals(m.get("name")))
                .map(m -> (String) m.get("mountPath")).findFirst().orElseThrow();
        assertEquals(mount, env(app, "BUURTWIJZER_TENANT_CONFIG"));
    }

    @Test
    void theContainerfileBuildsOnTheRuntimeTheTestsRunAndCopiesWhatTheBuildMakes() throws IOException {
        String containerfile = Files.readString(MODULE.resolve("Containerfile"));
        String rootPom = Files.readString(ROOT.resolve("pom.xml"));
        String pom = Files.readString(MODULE.resolve("pom.xml"));
        Matcher runtime = Pattern.compile("<liberty-runtime.version>([^<]+)</liberty-runtime.version>").matcher(rootPom);
        assertTrue(runtime.find());
        List<String> from = containerfile.lines().filter(l -> l.startsWith("FROM ")).toList();
        assertEquals(2, from.size(), "two stages");
        assertTrue(from.get(1).matches("FROM icr\\.io/appcafe/open-liberty:" + Pattern.quote(runtime.group(1))
                + "-full-java21-.*"), "the final stage is the official full image of the tests' Liberty, Java 21: " + from.get(1));
        assertTrue(containerfile.contains("RUN features.sh") && containerfile.contains("RUN configure.sh"));
        List<String> users = containerfile.lines().filter(l -> l.startsWith("USER ")).toList();
        assertEquals("USER 1001", users.get(users.size() - 1), "runs as uid 1001");
        // the same server.xml and jvm.options as the tests; the build outputs the later COPY lines take
        assertTrue(containerfile.contains("COPY --chown=1001:0 deployment/src/main/liberty/config/server.xml "
                + "deployment/src/main/liberty/config/jvm.options /config/"));
        assertTrue(pom.contains("<outputDirectory>${project.build.directory}/jdbc</outputDirectory>")
                && containerfile.contains("/src/deployment/target/jdbc/"));
        assertTrue(pom.contains("<outputDirectory>${project.build.directory}/bundled-plugins</outputDirectory>")
                && containerfile.contains("/src/deployment/target/bundled-plugins/"));
        assertTrue(Files.readString(ROOT.resolve("ui/pom.xml")).contains("<finalName>buurtwijzer</finalName>")
                && containerfile.contains("/src/ui/target/buurtwijzer.war"));
        assertTrue(containerfile.contains("BUURTWIJZER_PLUGIN_CACHE=/var/cache/buurtwijzer/plugins"));
        // the image's runtime gets the build's fix of the connection pool, with what the build puts there for it
        assertTrue(pom.contains("<outputDirectory>${project.build.directory}/liberty-fix</outputDirectory>")
                && containerfile.contains("/tmp/build/liberty-fix/*")
                && containerfile.contains(PatchLibertyRuntime.class.getName() + " /opt/ol/wlp"));
    }

    private static String env(Map<String, Object> app, String name) {
        return list(app, "spec", "env").stream().filter(e -> name.equals(e.get("name"))).map(e -> (String) e.get("value"))
                .findFirst().orElse(null);
    }
}
