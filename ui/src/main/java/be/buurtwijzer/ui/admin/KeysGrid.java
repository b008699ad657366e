package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.application.releases.PublishingViews;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import jakarta.enterprise.inject.Vetoed;
import java.util.function.Consumer;

/** Signing keys with their state and a revoke button; used by publishers and by platform administrators. */
@Vetoed // a component, not a bean: spares CDI scanning Grid's optional Spring types
class KeysGrid extends Grid<PublishingViews.Key> {

    /** @param mayApprove whether this person may approve a waiting key (never the one who registered it) */
    KeysGrid(java.util.function.Predicate<PublishingViews.Key> mayApprove, Consumer<PublishingViews.Key> approve,
            Consumer<PublishingViews.Key> revoke) {
        addColumn(PublishingViews.Key::label).setHeader(getTranslation("field.name"));
        addColumn(k -> k.fingerprint().substring(0, 16)).setHeader(getTranslation("keys.fingerprint"));
        addColumn(k -> getTranslation(k.revokedAt() != null ? "keys.revoked" : k.approvedAt() == null ? "keys.pending"
                : "keys.active")).setHeader(getTranslation("field.state"));
        addComponentColumn(k -> {
            Button approving = new Button(getTranslation("keys.approve"), click -> approve.accept(k));
            approving.setAriaLabel(getTranslation("keys.approve") + ": " + k.label());
            approving.setVisible(k.revokedAt() == null && k.approvedAt() == null && mayApprove.test(k));
            Button button = new Button(getTranslation("keys.revoke"), click -> revoke.accept(k));
            button.setAriaLabel(getTranslation("keys.revoke") + ": " + k.label());
            button.setEnabled(k.revokedAt() == null);
            return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(approving, button);
        }).setHeader(getTranslation("field.actions")).setAutoWidth(true);
        setAllRowsVisible(true);
        getElement().setAttribute("aria-label", getTranslation("nav.keys"));
    }
}
