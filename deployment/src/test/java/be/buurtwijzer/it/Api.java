package be.buurtwijzer.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the running server, as an API user would call it. */
public final class Api {

    public static final String PASSWORD = System.getenv().getOrDefault("BUURTWIJZER_DEMO_PASSWORD", "test-Passw0rd!");
    public static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "19080");

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    public record Reply(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonArray array() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        public JsonArray items() {
            return json().getJsonArray("items");
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** The body of a reply that must have succeeded (200): an error reply never passes an absence check. */
    public static String okBody(Reply reply) {
        if (reply.status() != 200) {
            throw new AssertionError("expected 200 before looking at the content: " + reply);
        }
        return reply.body();
    }

    public static Reply get(String user, String path) {
        return send(user, PASSWORD, "GET", path, null);
    }

    public static Reply post(String user, String path, Object body) {
        return send(user, PASSWORD, "POST", path, body);
    }

    public static Reply put(String user, String path, Object body) {
        return send(user, PASSWORD, "PUT", path, body);
    }

    public static Reply delete(String user, String path) {
        return send(user, PASSWORD, "DELETE", path, null);
    }

    /** {@code user} null sends no credentials; {@code body} may be a JsonValue or a raw String. */
    public static Reply send(String user, String password, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        if (body != null) {
            String text = body instanceof JsonValue json ? json.toString() : body.toString();
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(text));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The answer's bytes as they came (a picture, a spreadsheet), with its status and content type. */
    public record Bytes(int status, String contentType, byte[] body) {
    }

    public static Bytes bytes(String user, String password, String method, String path, String contentType,
            byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)));
        if (body != null) {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Uploads a jar as a publisher would: the bytes as the body, the signature in X-Signature. */
    public static Reply uploadJar(String user, String password, byte[] jar, String signature) {
        return uploadJar(user, password, jar, signature, "test");
    }

    /** The same, with release notes or (null) without any. */
    public static Reply uploadJar(String user, String password, byte[] jar, String signature, String notes) {
        return uploadJar(BASE, user, password, jar, signature, notes);
    }

    /** The same, to the server at {@code base} (e.g. one node of a cluster). */
    public static Reply uploadJar(String base, String user, String password, byte[] jar, String signature,
            String notes) {
        String query = notes == null ? "" : "?notes=" + java.net.URLEncoder.encode(notes, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/publisher/releases" + query))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/java-archive")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jar));
        if (signature != null) {
            request.header("X-Signature", signature);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A strong password of the kind a person would choose (zxcvbn score 4). */
    public static String strongPassword() {
        return "Kwartel-" + java.util.UUID.randomUUID().toString().substring(0, 13) + "-Fluit";
    }

    /**
     * What the owner of a one-time password does first: choose their own (nothing else is allowed
     * before). Returns the new password.
     */
    public static String activate(String email, String oneTimePassword) {
        String chosen = strongPassword();
        Reply changed = send(email, oneTimePassword, "PUT", "/api/v1/me/password", object()
                .add("currentPassword", oneTimePassword).add("newPassword", chosen).build());
        if (changed.status() != 204) {
            throw new IllegalStateException("could not choose a password for " + email + ": " + changed);
        }
        return chosen;
    }

    /** An administrator invites; the invited person creates an account with the link's token. Returns the password. */
    public static String inviteAndJoin(String administrator, String slug, String email, String role) {
        return inviteAndJoin(administrator, PASSWORD, slug, email, role);
    }

    public static String inviteAndJoin(String administrator, String password, String slug, String email, String role) {
        Reply invited = send(administrator, password, "POST", "/api/v1/tenants/" + slug + "/invitations", object()
                .add("email", email).add("role", role).build());
        if (invited.status() != 201) {
            throw new IllegalStateException("invitation refused: " + invited);
        }
        String chosen = strongPassword();
        Reply joined = send(null, null, "POST", "/api/v1/invitations/" + invited.json().getString("token") + "/account",
                object().add("displayName", "Lid " + email).add("password", chosen).build());
        if (joined.status() != 201) {
            throw new IllegalStateException("joining refused: " + joined);
        }
        return chosen;
    }

    public static jakarta.json.JsonObjectBuilder object() {
        return Json.createObjectBuilder();
    }
}
