package be.buurtwijzer.plugins.support;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.Text;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Nothing typed is lost: while a document has unsaved changes, its state is kept as a draft in this
 * browser (per municipality, person and document), leaving the page asks first, and opening the
 * document again offers to resume or discard the draft. The draft never reaches the server until
 * the person saves, so a half-typed text is not shared with colleagues.
 */
public class DraftKeeper extends Div implements BeforeLeaveObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Brussels"));

    private final String owner;
    private final java.util.Locale locale;
    private final String kind;
    private final Supplier<String> state;
    private String document = "new";
    private boolean dirty;
    private boolean leaving;
    private String baseline;

    /** {@code state} gives the document's unsaved state as JSON, the way {@code resume} takes it back. */
    public DraftKeeper(InstrumentContext context, String kind, Supplier<String> state) {
        this(context.tenant().slug() + "|" + context.user().id(), context.locale(), kind, state);
    }

    /**
     * For the platform's own forms: {@code owner} names the municipality and person ("slug|user id"), so
     * that one person's draft in one municipality is never offered to another.
     */
    public DraftKeeper(String owner, java.util.Locale locale, String kind, Supplier<String> state) {
        this.owner = owner;
        this.locale = locale;
        this.kind = kind;
        this.state = state;
        setId("draft-" + kind);
        getElement().setAttribute("aria-live", "polite");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem").set("align-items", "center");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        leaving = false;
        // a reload or closed tab while something is unsaved: the browser asks (the draft is kept either way)
        getElement().executeJs("if (!window.__bwUnload) { window.__bwUnload = true;"
                + " window.addEventListener('beforeunload', e => { if (window.__bwDirty) { e.preventDefault();"
                + " e.returnValue = ''; } }); }");
    }

    String key() {
        return "bw-draft|" + owner + "|" + kind + "|" + document;
    }

    /**
     * The document now on screen ({@code null}: a new one). When this browser holds a draft of it,
     * a bar offers to resume it ({@code resume} gets the state) or to discard it.
     */
    public void open(String documentId, Consumer<String> resume) {
        document = documentId == null ? "new" : documentId;
        dirty = false;
        leaving = false;
        baseline = state.get();
        removeAll();
        getElement().executeJs("window.__bwDirty = false; return localStorage.getItem($0);", key())
                .then(String.class, found -> offer(found, resume));
    }

    private void offer(String found, Consumer<String> resume) {
        if (found == null || found.isBlank()) {
            return;
        }
        int split = found.indexOf('|');
        if (split < 0) {
            return;
        }
        String at = WHEN.format(Instant.ofEpochMilli(Long.parseLong(found.substring(0, split))));
        String json = found.substring(split + 1);
        Span said = new Span(Text.pick(locale, "Er is een niet-bewaard concept van " + at + ".",
                "There is an unsaved draft from " + at
                + "."));
        Button take = new Button(Text.pick(locale, "Verder met het concept", "Resume the draft"), click -> {
            removeAll();
            resume.accept(json);
            changed();
        });
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button drop = new Button(Text.pick(locale, "Concept weggooien", "Discard the draft"), click -> {
            removeAll();
            forget();
        });
        getStyle().set("padding", "0.5rem").set("background", "#e8f0fe");
        add(said, take, drop);
    }

    /**
     * Watches an editing area: after every change or click in it has been applied, the state is
     * compared with the document as opened and kept as a draft when it differs; typing alone
     * (before the field is left) already makes the browser ask before a reload.
     */
    public void watch(Component editor) {
        for (String event : List.of("change", "click")) {
            editor.getElement().addEventListener(event, e -> editor.getUI().ifPresent(ui -> ui.beforeClientResponse(
                    editor, done -> changed())));
        }
        editor.getElement().executeJs("this.addEventListener('input', () => { window.__bwDirty = true; });");
    }

    /** Something may have changed: keep it as a draft unless it is back to the document as opened. */
    public void changed() {
        String now = state.get();
        if (now.equals(baseline)) {
            if (dirty) {
                dirty = false;
                forget();
            }
            return;
        }
        dirty = true;
        run("window.__bwDirty = true; localStorage.setItem($0, Date.now() + '|' + $1);", key(), now);
    }

    /**
     * Saved: the draft of the document as it was opened is gone, and what is on screen now counts as
     * saved (call before opening the saved one).
     */
    public void saved() {
        dirty = false;
        baseline = state.get();
        forget();
    }

    /** The form is put away unsaved (closed): its draft stays to be offered again, but leaving no longer asks. */
    public void setAside() {
        dirty = false;
        run("window.__bwDirty = false;");
    }

    /** Whether something differs from the document as opened. */
    public boolean isDirty() {
        return dirty;
    }

    private void forget() {
        run("window.__bwDirty = false; localStorage.removeItem($0);", key());
    }

    /**
     * On the page rather than on this element: a form is often hidden right after it is saved or closed, and
     * the browser would only run a script of a hidden element once it is shown again.
     */
    private void run(String script, java.io.Serializable... parameters) {
        getUI().ifPresentOrElse(ui -> ui.getPage().executeJs(script, parameters),
                () -> getElement().executeJs(script, parameters));
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        // another page does not inherit this one's "unsaved" flag (a reload there must not ask)
        detachEvent.getUI().getPage().executeJs("window.__bwDirty = false;");
        super.onDetach(detachEvent);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty || leaving) {
            // typed but never applied (a name not yet added): nothing to keep, and nothing to ask on the next page
            getElement().executeJs("window.__bwDirty = false;");
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog(Text.pick(locale, "Niet bewaarde wijzigingen", "Unsaved changes"),
                Text.pick(locale,
                "Je wijzigingen zijn nog niet bewaard. Ze blijven als concept op dit toestel; je kunt ze later "
                        + "verder bewerken.", "Your changes are not saved yet. They stay as a draft on this device; you "
                        + "can resume them later."),
                Text.pick(locale, "Pagina verlaten", "Leave the page"), confirmed -> {
                    leaving = true;
                    // on the page, not on this element: the element leaves with the view before the script runs
                    getUI().ifPresent(ui -> ui.getPage().executeJs("window.__bwDirty = false;"));
                    action.proceed();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(Text.pick(locale, "Blijven", "Stay"));
        // staying ends this attempt, so the next click on a link asks again
        dialog.addCancelListener(cancelled -> action.cancel());
        dialog.open();
    }
}
