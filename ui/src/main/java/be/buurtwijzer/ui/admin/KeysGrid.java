package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.application.instruments.PublishingViews;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import jakarta.enterprise.inject.Vetoed;
import java.util.function.Consumer;

/** Signing keys with their state and a revoke button; used by publishers and by platform administrators. */
@Vetoed // a component, not a bean: spares CDI scanning Grid's optional Spring types
class KeysGrid extends Grid<PublishingViews.Key> {

    KeysGrid(Consumer<PublishingViews.Key> revoke) {
        addColumn(PublishingViews.Key::label).setHeader(getTranslation("field.name"));
        addColumn(k -> k.fingerprint().substring(0, 16)).setHeader(getTranslation("keys.fingerprint"));
        addColumn(k -> getTranslation(k.revokedAt() == null ? "keys.active" : "keys.revoked"))
                .setHeader(getTranslation("field.state"));
        addComponentColumn(k -> {
            Button button = new Button(getTranslation("keys.revoke"), click -> revoke.accept(k));
            button.setAriaLabel(getTranslation("keys.revoke") + ": " + k.label());
            button.setEnabled(k.revokedAt() == null);
            return button;
        }).setHeader(getTranslation("field.actions"));
        setAllRowsVisible(true);
        getElement().setAttribute("aria-label", getTranslation("nav.keys"));
    }
}
