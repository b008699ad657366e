package be.buurtwijzer.ui.register;

import be.buurtwijzer.plugins.support.DraftKeeper;
import be.buurtwijzer.ui.session.UiSession;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A register form's unsaved input, kept as a draft in this browser per municipality, person and entry
 * (see {@link DraftKeeper}): each field is named once, and the draft is its values as JSON.
 */
final class RegisterDraft {

    /** The municipality of the page's address: drafts are kept per municipality. */
    private final String tenantSlug = be.buurtwijzer.ui.session.Workspace.slug();

    private record FieldCodec(Function<Object, String> write, Consumer<String> read) {
    }

    private final Map<String, FieldCodec> fields = new LinkedHashMap<>();
    final DraftKeeper keeper;

    RegisterDraft(String kind) {
        keeper = new DraftKeeper(tenantSlug + "|" + UiSession.requireCaller().userId(),
                UI.getCurrent() == null ? null : UI.getCurrent().getLocale(), kind, this::state);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    RegisterDraft text(String name, HasValue<?, String> field) {
        fields.put(name, new FieldCodec(ignored -> field.getValue(), value -> ((HasValue) field)
                .setValue(value == null ? "" : value)));
        follow(field);
        return this;
    }

    <E extends Enum<E>> RegisterDraft choice(String name, Select<E> field, Class<E> type) {
        fields.put(name, new FieldCodec(ignored -> field.getValue() == null ? null : field.getValue().name(), value -> {
            try {
                field.setValue(value == null ? null : Enum.valueOf(type, value));
            } catch (IllegalArgumentException gone) {
                field.setValue(null); // a choice this version no longer offers: left open
            }
        }));
        follow(field);
        return this;
    }

    /** A field whose value is kept by a text of its own, e.g. a chosen entry by its id. */
    <T> RegisterDraft field(String name, HasValue<?, T> field, Function<T, String> write, Function<String, T> read) {
        fields.put(name, new FieldCodec(ignored -> field.getValue() == null ? null : write.apply(field.getValue()),
                value -> field.setValue(read.apply(value))));
        follow(field);
        return this;
    }

    /** A choice made in a list that opens outside the form is seen too, not only typing and clicks in it. */
    private void follow(HasValue<?, ?> field) {
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                keeper.changed();
            }
        });
    }

    /** Watches the form and shows the keeper's "resume or discard" bar at its top. */
    void watch(Component form) {
        keeper.watch(form);
    }

    /** The entry now in the form ({@code null}: a new one), after its saved values were put in the fields. */
    void open(String entryId) {
        keeper.open(entryId, this::resume);
    }

    String state() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        fields.forEach((name, codec) -> {
            String value = codec.write().apply(null);
            json.add(name, value == null ? JsonValue.NULL : Json.createValue(value));
        });
        return json.build().toString();
    }

    void resume(String state) {
        JsonObject json;
        try {
            json = Json.createReader(new StringReader(state)).readObject();
        } catch (RuntimeException unreadable) {
            return; // a draft this browser garbled: the saved values stay
        }
        fields.forEach((name, codec) -> {
            JsonValue value = json.get(name);
            if (value != null) {
                codec.read().accept(value instanceof JsonString text ? text.getString() : null);
            }
        });
    }
}
