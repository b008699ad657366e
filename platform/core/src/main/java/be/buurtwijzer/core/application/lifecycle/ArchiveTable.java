package be.buurtwijzer.core.application.lifecycle;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One table as the archive carries it: the columns that are copied (never a password or token hash,
 * never the tenant column) and their types. The JSON field of a column is its name. Column names
 * come only from these fixed lists, never from an archive.
 */
record ArchiveTable(String table, Map<String, Type> columns) {

    enum Type {
        TEXT, INSTANT, LONG, INT, BOOL,
        /** A JSON document stored as text, carried in the archive as a JSON value. */
        JSON,
        /** Bytes (a file's content), carried in the archive as Base64. */
        BLOB
    }

    static ArchiveTable of(String table, String spec) {
        Map<String, Type> columns = new java.util.LinkedHashMap<>();
        for (String column : spec.split(",")) {
            String[] nameAndType = column.trim().split(":");
            columns.put(nameAndType[0], nameAndType.length == 1 ? Type.TEXT : Type.valueOf(nameAndType[1]));
        }
        return new ArchiveTable(table, columns);
    }

    private static final String TRACKED = "created_at:INSTANT,created_by,updated_at:INSTANT,updated_by,version:LONG";

    static final ArchiveTable NEIGHBOURHOOD = of("neighbourhood", "id,name,kind,description," + TRACKED);
    static final ArchiveTable ACTOR = of("actor", "id,name,kind,sector,operating_area,description,contact_person,"
            + "contact_email,contact_phone,contact_address,contact_website," + TRACKED);
    static final ArchiveTable INITIATIVE = of("initiative", "id,name,neighbourhood_id,goal,description,status," + TRACKED);
    static final ArchiveTable AUDIT = of("tenant_audit", "id,occurred_at:INSTANT,actor_id,actor_email,action,entity_type,"
            + "entity_id,changes");
    static final ArchiveTable SUBSCRIPTION = of("tenant_subscription", "id,plugin_id,enabled:BOOL,subscribed_at:INSTANT,"
            + "unsubscribed_at:INSTANT,version:LONG");
    static final ArchiveTable RECORD = of("plugin_record", "id,plugin_id,kind,schema_version:INT,document:JSON,"
            + TRACKED);
    static final ArchiveTable FILE = of("plugin_file", "id,plugin_id,kind,file_name,media_type,size_bytes:LONG,sha256,"
            + "content:BLOB,thumbnail:BLOB," + TRACKED);
    static final ArchiveTable INVITATION = of("invitation", "id,email,role,invited_by,created_at:INSTANT,"
            + "expires_at:INSTANT,accepted_at:INSTANT,accepted_by,revoked_at:INSTANT,version:LONG");

    static final ArchiveTable CONSENT = of("consent_record", "id,plugin_id,purpose,subject_actor_id,subject_name,"
            + "subject_email,wording,wording_version,given_at:INSTANT,recorded_by,withdrawn_at:INSTANT,withdrawn_by,"
            + "version:LONG");
    static final ArchiveTable IDENTITY = of("tenant_identity", "logo_png:BLOB,colour,updated_at:INSTANT,updated_by,"
            + "version:LONG");
    static final ArchiveTable RETENTION = of("retention_override", "id,plugin_id,kind,retention_days:INT,"
            + "updated_at:INSTANT,updated_by,version:LONG");

    String select(String orderBy) {
        return "SELECT " + String.join(", ", columns.keySet()) + " FROM " + table + " WHERE tenant_id = ? ORDER BY "
                + orderBy;
    }

    String insert() {
        return "INSERT INTO " + table + " (tenant_id, " + String.join(", ", columns.keySet()) + ") VALUES (?"
                + ", ?".repeat(columns.size()) + ")";
    }

    /** The insert with one more column (a platform-made value, such as a token hash) first. */
    String insert(String extraColumn) {
        return "INSERT INTO " + table + " (" + extraColumn + ", tenant_id, " + String.join(", ", columns.keySet())
                + ") VALUES (?, ?" + ", ?".repeat(columns.size()) + ")";
    }

    /** The current row of a result set as a JSON object (nulls written as null). */
    JsonObject read(ResultSet rs) throws SQLException {
        JsonObjectBuilder row = Json.createObjectBuilder();
        for (var column : columns.entrySet()) {
            String name = column.getKey();
            switch (column.getValue()) {
                case TEXT -> {
                    String value = rs.getString(name);
                    if (value == null) {
                        row.addNull(name);
                    } else {
                        row.add(name, value);
                    }
                }
                case INSTANT -> {
                    Timestamp value = rs.getTimestamp(name);
                    if (value == null) {
                        row.addNull(name);
                    } else {
                        row.add(name, value.toInstant().toString());
                    }
                }
                case LONG -> row.add(name, rs.getLong(name));
                case INT -> row.add(name, rs.getInt(name));
                case BOOL -> row.add(name, rs.getBoolean(name));
                case JSON -> {
                    try (var reader = Json.createReader(new StringReader(rs.getString(name)))) {
                        row.add(name, reader.readValue());
                    }
                }
                case BLOB -> {
                    byte[] value = rs.getBytes(name);
                    if (value == null) {
                        row.addNull(name);
                    } else {
                        row.add(name, java.util.Base64.getEncoder().encodeToString(value));
                    }
                }
            }
        }
        return row.build();
    }

    /** Binds a row's values (already remapped) after the tenant id, in column order. */
    void bind(PreparedStatement statement, int first, String tenantId, JsonObject row) throws SQLException {
        statement.setString(first, tenantId);
        int index = first + 1;
        for (var column : columns.entrySet()) {
            JsonValue value = row.get(column.getKey());
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                statement.setNull(index++, switch (column.getValue()) {
                    case INSTANT -> Types.TIMESTAMP;
                    case LONG -> Types.BIGINT;
                    case INT -> Types.INTEGER;
                    case BOOL -> Types.BOOLEAN;
                    case BLOB -> Types.BLOB;
                    default -> Types.VARCHAR;
                });
                continue;
            }
            switch (column.getValue()) {
                case TEXT -> statement.setString(index, ((JsonString) value).getString());
                case INSTANT -> statement.setTimestamp(index, Timestamp.from(Instant.parse(((JsonString) value).getString())));
                case LONG -> statement.setLong(index, ((JsonNumber) value).longValueExact());
                case INT -> statement.setInt(index, ((JsonNumber) value).intValueExact());
                case BOOL -> statement.setBoolean(index, value == JsonValue.TRUE);
                case JSON -> statement.setString(index, value.toString());
                case BLOB -> statement.setBytes(index, java.util.Base64.getDecoder().decode(((JsonString) value).getString()));
            }
            index++;
        }
    }

    List<String> names() {
        return List.copyOf(columns.keySet());
    }

    @Override
    public String toString() {
        return table + columns.keySet().stream().collect(Collectors.joining(",", "(", ")"));
    }
}
