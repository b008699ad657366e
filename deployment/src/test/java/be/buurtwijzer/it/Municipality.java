package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.object;
import static be.buurtwijzer.it.Api.post;
import static be.buurtwijzer.it.Demo.PLATFORM_ADMIN;

import jakarta.json.JsonObject;
import java.util.UUID;

/** A fresh municipality of a test's own, with its administrator, so that changing rights disturbs no other test. */
record Municipality(String slug, String admin, String adminPassword) {

    static Municipality fresh(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = post(PLATFORM_ADMIN, "/api/v1/admin/tenants", object().add("slug", slug)
                .add("name", "Gemeente " + slug).add("defaultLocale", "nl-BE").build());
        if (created.status() != 201) {
            throw new IllegalStateException(created.toString());
        }
        String admin = "admin@" + slug + ".example";
        String oneTime = post(PLATFORM_ADMIN, "/api/v1/admin/tenants/" + slug + "/administrators", object()
                .add("email", admin).add("displayName", "Admin " + slug).build()).json().getString("oneTimePassword");
        return new Municipality(slug, admin, Api.activate(admin, oneTime));
    }

    String base() {
        return "/api/v1/tenants/" + slug;
    }

    Api.Reply asAdmin(String method, String path, Object body) {
        return Api.send(admin, adminPassword, method, path.startsWith("/") ? path : base() + "/" + path, body);
    }

    /** A new member with this role; returns their password. */
    String member(String email, String role) {
        return Api.inviteAndJoin(admin, adminPassword, slug, email, role);
    }

    JsonObject memberNamed(String email) {
        return asAdmin("GET", "members", null).array().stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("email").equals(email)).findFirst().orElseThrow();
    }

    void subscribe(String plugin) {
        Api.Reply subscribed = asAdmin("POST", "instruments/" + plugin + "/subscription", null);
        if (subscribed.status() != 201) {
            throw new IllegalStateException(subscribed.toString());
        }
    }

    JsonObject subscription(String plugin) {
        return asAdmin("GET", "instruments", null).array().stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("pluginId").equals(plugin)).findFirst().orElseThrow()
                .getJsonObject("subscription");
    }
}
