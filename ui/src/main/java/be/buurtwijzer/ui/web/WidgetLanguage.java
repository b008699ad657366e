package be.buurtwijzer.ui.web;

import be.buurtwijzer.ui.session.UiSession;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.internal.JacksonUtils;
import tools.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts Vaadin's web components carry themselves ("Show password", "Upload Files…", "Drop files
 * here") in the user's language, on every page and in every plugin's view: a small script sets
 * them on each such element as it appears. A component whose view set its own texts keeps them.
 */
public class WidgetLanguage implements VaadinServiceInitListener {

    private static final String SCRIPT = """
            const t = $0;
            const apply = el => customElements.whenDefined(el.localName).then(() => {
              if (el.__bwLanguage) return;
              el.__bwLanguage = true;
              if (el.localName === 'vaadin-password-field') {
                el.i18n = Object.assign({}, el.i18n, {reveal: t.reveal});
              } else if (el.localName === 'vaadin-date-picker-overlay-content') {
                el.setAttribute('aria-label', t.datePicker);
              } else if (el.localName === 'vaadin-upload') {
                const i = el.i18n || {};
                if (i.addFiles && i.addFiles.one !== 'Upload File...' && i.addFiles.one !== 'Upload File…') return;
                el.i18n = Object.assign({}, i, {
                  dropFiles: {one: t.dropOne, many: t.dropMany},
                  addFiles: {one: t.addOne, many: t.addMany},
                  error: Object.assign({}, i.error, {tooManyFiles: t.tooMany, fileIsTooBig: t.tooBig,
                      incorrectFileType: t.wrongType}),
                  uploading: Object.assign({}, i.uploading, {
                    status: {connecting: t.connecting, stalled: t.stalled, processing: t.processing, held: t.held},
                    remainingTime: {prefix: t.remaining, unknown: t.unknown},
                    error: {serverUnavailable: t.failed, unexpectedServerError: t.failed, forbidden: t.forbidden}}),
                  file: {retry: t.retry, start: t.start, remove: t.remove}});
              }
            });
            const selector = 'vaadin-password-field, vaadin-upload, vaadin-date-picker-overlay-content';
            const scan = root => { if (root.matches && root.matches(selector)) apply(root);
              if (root.querySelectorAll) root.querySelectorAll(selector).forEach(apply); };
            scan(document.body);
            new MutationObserver(changes => changes.forEach(c => c.addedNodes.forEach(n => {
              if (n.nodeType === 1) scan(n);
            }))).observe(document.body, {childList: true, subtree: true});
            """;

    private static final String[] KEYS = {"reveal", "dropOne", "dropMany", "addOne", "addMany", "tooMany", "tooBig",
            "wrongType", "connecting", "stalled", "processing", "held", "remaining", "unknown", "failed", "forbidden",
            "retry", "start", "remove", "datePicker"};

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.getPage().executeJs(SCRIPT, texts(UiSession.locale()));
        });
    }

    static ObjectNode texts(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations",
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl"));
        ObjectNode texts = JacksonUtils.createObjectNode();
        for (String key : KEYS) {
            texts.put(key, bundle.getString("widget." + key));
        }
        return texts;
    }
}
