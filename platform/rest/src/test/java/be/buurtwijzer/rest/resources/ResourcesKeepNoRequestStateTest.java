package be.buurtwijzer.rest.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.validation.Constraint;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One instance of each resource serves every request at once (ARCHITECTURE.md, "Many nodes"), so a
 * resource may hold only what the container injects: beans, and proxies for the request's context.
 */
class ResourcesKeepNoRequestStateTest {

    private static List<Class<?>> resources() throws IOException, URISyntaxException, ClassNotFoundException {
        var folder = java.nio.file.Path.of(MeResource.class.getResource("MeResource.class").toURI()).getParent();
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.list(folder)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(MeResource.class.getPackageName() + "." + name);
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    @Test
    void everyResourceIsOneSharedInstanceThatHoldsOnlyWhatIsInjected() throws Exception {
        List<Class<?>> resources = resources();
        assertTrue(resources.size() >= 30, "the resources were not found: " + resources);
        List<String> wrong = new ArrayList<>();
        for (Class<?> resource : resources) {
            if (!resource.isAnnotationPresent(ApplicationScoped.class)) {
                wrong.add(resource.getSimpleName() + " is not @ApplicationScoped");
            }
            for (Field field : resource.getDeclaredFields()) {
                boolean constant = Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers());
                if (!constant && !field.isAnnotationPresent(Inject.class) && !field.isAnnotationPresent(Context.class)) {
                    wrong.add(resource.getSimpleName() + "." + field.getName() + " is neither injected nor a constant");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * RESTEasy's own validation of resources is switched off (ui web.xml, resteasy.disable.providers): it cost every
     * request a validator while no resource carried a constraint. A constraint or @Valid here would silently not be
     * checked; the services validate their input instead.
     */
    @Test
    void noResourceAsksTheApiLayerToValidate() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Class<?> resource : resources()) {
            validationAnnotations(resource.getSimpleName(), resource.getAnnotations(), wrong);
            for (Field field : resource.getDeclaredFields()) {
                validationAnnotations(resource.getSimpleName() + "." + field.getName(), field.getAnnotations(), wrong);
            }
            for (Method method : resource.getDeclaredMethods()) {
                String where = resource.getSimpleName() + "." + method.getName();
                validationAnnotations(where, method.getAnnotations(), wrong);
                for (Annotation[] parameter : method.getParameterAnnotations()) {
                    validationAnnotations(where + "(parameter)", parameter, wrong);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static void validationAnnotations(String where, Annotation[] annotations, List<String> wrong) {
        for (Annotation annotation : annotations) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type.getPackageName().startsWith("jakarta.validation") || type.isAnnotationPresent(Constraint.class)) {
                wrong.add(where + " carries @" + type.getSimpleName());
            }
        }
    }
}
