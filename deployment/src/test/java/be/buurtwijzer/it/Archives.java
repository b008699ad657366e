package be.buurtwijzer.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Municipality archives in the integration tests: download, upload, read and edit them; count rows in the database. */
final class Archives {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Archives() {
    }

    record Download(int status, String contentType, byte[] body, String disposition) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Download download(String user, String password, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/zip, application/problem+json")
                .header("Authorization", basic(user, password)).GET().build();
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), response.headers().firstValue("Content-Disposition").orElse(null));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static Download export(String slug) {
        Download download = download(Demo.PLATFORM_ADMIN, Api.PASSWORD, "/api/v1/admin/tenants/" + slug + "/export");
        if (download.status() != 200) {
            throw new AssertionError("export of " + slug + ": " + download.status() + " " + download.text());
        }
        return download;
    }

    static Api.Reply importArchive(String user, String password, byte[] zip, String slug, String name) {
        String query = "?slug=" + URLEncoder.encode(slug, StandardCharsets.UTF_8)
                + (name == null ? "" : "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/admin/tenants/import" + query))
                .timeout(Duration.ofSeconds(120)).header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/zip").header("Authorization", basic(user, password))
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), response.headers());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entries of a zip, by name, in order. */
    static Map<String, String> entries(byte[] zip) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    static JsonObject manifest(byte[] zip) {
        return json(entries(zip).get("manifest.json"));
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static List<JsonObject> lines(String text) {
        List<JsonObject> rows = new ArrayList<>();
        if (text != null) {
            text.lines().filter(l -> !l.isBlank()).forEach(l -> rows.add(json(l)));
        }
        return rows;
    }

    /** The zip with its entries replaced (null drops one); the manifest left as it is. */
    static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** One entry edited, and the manifest's checksum, size and rows for it made to match (a forged, consistent archive). */
    static byte[] edited(byte[] zip, String name, UnaryOperator<String> edit, UnaryOperator<String> manifestEdit) {
        Map<String, String> entries = entries(zip);
        String manifest = entries.get("manifest.json");
        if (name != null) {
            String before = entries.get(name);
            String after = edit.apply(before);
            entries.put(name, after);
            JsonObject m = json(manifest);
            var list = Json.createArrayBuilder();
            m.getJsonArray("entries").forEach(v -> {
                JsonObject e = v.asJsonObject();
                if (e.getString("name").equals(name)) {
                    byte[] bytes = after.getBytes(StandardCharsets.UTF_8);
                    list.add(Json.createObjectBuilder(e).add("sha256", sha256(bytes)).add("size", bytes.length)
                            .add("rows", after.chars().filter(c -> c == '\n').count()));
                } else {
                    list.add(e);
                }
            });
            manifest = Json.createObjectBuilder(m).add("entries", list).build().toString();
        }
        entries.put("manifest.json", manifestEdit == null ? manifest : manifestEdit.apply(manifest));
        // the manifest stays the last entry
        String last = entries.remove("manifest.json");
        entries.put("manifest.json", last);
        return zip(entries);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), "root", "");
    }

    /** Every table of the schema that has a tenant_id column, from information_schema (later tables included). */
    static List<String> tenantTables(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT table_name FROM "
                + "information_schema.columns WHERE table_schema = DATABASE() AND column_name = 'tenant_id' "
                + "ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** The municipality's rows in every table with a tenant column, its register links and its own row. */
    static Map<String, Long> rowsOf(String slug) {
        try (Connection db = db()) {
            String id = tenantId(db, slug);
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tenantTables(db)) {
                counts.put(table, count(db, "SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?", id));
            }
            counts.put("initiative_actor", count(db, "SELECT COUNT(*) FROM initiative_actor WHERE initiative_id IN "
                    + "(SELECT id FROM initiative WHERE tenant_id = ?)", id));
            counts.put("tenant", count(db, "SELECT COUNT(*) FROM tenant WHERE id = ?", id));
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same counts for a municipality id (also after its slug is gone). */
    static Map<String, Long> rowsOfId(String id) {
        try (Connection db = db()) {
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tenantTables(db)) {
                counts.put(table, count(db, "SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?", id));
            }
            counts.put("initiative_actor", count(db, "SELECT COUNT(*) FROM initiative_actor WHERE initiative_id IN "
                    + "(SELECT id FROM initiative WHERE tenant_id = ?)", id));
            counts.put("tenant", count(db, "SELECT COUNT(*) FROM tenant WHERE id = ?", id));
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every table's total number of rows: nothing written anywhere when these are equal. */
    static Map<String, Long> allRows() {
        try (Connection db = db()) {
            Map<String, Long> counts = new TreeMap<>();
            List<String> tables = new ArrayList<>();
            try (var s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name FROM "
                    + "information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                counts.put(table, count(db, "SELECT COUNT(*) FROM " + table, null));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String tenantId(Connection db, String slug) throws SQLException {
        try (var s = db.prepareStatement("SELECT id FROM tenant WHERE slug = ?")) {
            s.setString(1, slug);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static long count(Connection db, String sql, String parameter) throws SQLException {
        try (var s = db.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
