package be.buurtwijzer.it;

import static be.buurtwijzer.it.Api.object;
import static be.buurtwijzer.it.Api.post;
import static be.buurtwijzer.it.Demo.PLATFORM_ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.security.KeyPair;
import java.util.UUID;

/** A support organisation as the platform registers it, publishing signed releases the platform approves. */
final class Publishers {

    private Publishers() {
    }

    /** A support organisation with one publisher and one registered, approved key. */
    record Org(String id, String email, String password, KeyPair key) {
        Api.Reply upload(byte[] jar, KeyPair signer) {
            return Api.uploadJar(email, password, jar, signer == null ? null : Jars.sign(jar, signer.getPrivate()));
        }

        Api.Reply call(String method, String path, Object body) {
            return Api.send(email, password, method, "/api/v1/publisher" + path, body);
        }
    }

    static Org organisation() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = post(PLATFORM_ADMIN, "/api/v1/admin/organisations", object().add("name", "Steunpunt " + tag).build());
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        Api.Reply publisher = post(PLATFORM_ADMIN, "/api/v1/admin/organisations/" + id + "/publishers", object()
                .add("email", "publisher@" + tag + ".example").add("displayName", "Publisher " + tag).build());
        assertEquals(201, publisher.status(), publisher.toString());
        Org org = new Org(id, "publisher@" + tag + ".example", Api.activate("publisher@" + tag + ".example",
                publisher.json().getString("oneTimePassword")), Jars.newKey());
        Api.Reply key = org.call("POST", "/keys", object().add("label", "build server").add("publicKey",
                Jars.publicKey(org.key())).build());
        assertEquals(201, key.status(), key.toString());
        assertEquals(200, post(PLATFORM_ADMIN, "/api/v1/admin/organisations/" + id + "/keys/" + key.json().getString("id")
                + "/approve", null).status(), "the platform approves the new key");
        return org;
    }

    static JsonObject approve(String releaseId) {
        Api.Reply approved = post(PLATFORM_ADMIN, "/api/v1/admin/releases/" + releaseId + "/approve", null);
        assertEquals(200, approved.status(), approved.toString());
        return approved.json();
    }
}
