package be.buurtwijzer.ui.admin;

import be.buurtwijzer.core.application.releases.ReleaseReview;
import be.buurtwijzer.core.application.releases.PublishingViews;
import be.buurtwijzer.core.application.releases.ReleaseCatalogue;
import be.buurtwijzer.core.application.shared.ApplicationException;
import be.buurtwijzer.core.domain.instruments.ReleaseStatus;
import be.buurtwijzer.ui.layout.MainLayout;
import be.buurtwijzer.ui.session.Requires;
import be.buurtwijzer.ui.session.Roles;
import be.buurtwijzer.ui.session.UiSession;
import be.buurtwijzer.ui.views.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** The platform administrator's release queue: inspect, approve (loaded live), reject with a reason. */
@Route(value = "platform/releases", layout = MainLayout.class)
@PageTitle("Buurtwijzer")
@Requires(Roles.Need.PLATFORM_ADMIN)
public class ReleaseQueueView extends Main {

    final Grid<PublishingViews.Release> grid = new Grid<>();
    final Paragraph result = new Paragraph();
    private final ReleaseReview review;
    private final ReleaseCatalogue catalogue;

    @Inject
    public ReleaseQueueView(ReleaseReview review, ReleaseCatalogue catalogue) {
        this.review = review;
        this.catalogue = catalogue;
        getStyle().set("padding", "1rem");
        result.setId("queue-result");
        result.getElement().setAttribute("aria-live", "polite");
        grid.addColumn(PublishingViews.Release::pluginId).setHeader(getTranslation("field.plugin"));
        grid.addColumn(PublishingViews.Release::version).setHeader(getTranslation("field.version"));
        grid.addColumn(PublishingViews.Release::organisation).setHeader(getTranslation("queue.organisation"));
        grid.addColumn(r -> r.sha256().substring(0, 12)).setHeader("SHA-256");
        grid.addColumn(PublishingViews.Release::releaseNotes).setHeader(getTranslation("publish.notes")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("field.actions")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("nav.releases")), result, grid);
        refresh();
    }

    private HorizontalLayout actions(PublishingViews.Release release) {
        String what = release.pluginId() + " " + release.version();
        Button approve = new Button(getTranslation("queue.approve"), click -> decide(() -> {
            review.decide(UiSession.requireCaller(), release.id(), ReleaseStatus.APPROVED, null);
            catalogue.reconsider(release.pluginId());
            var after = review.release(UiSession.requireCaller(), release.id());
            return after.active() ? getTranslation("queue.approved", what)
                    : getTranslation("queue.approved.notstarted", what, String.valueOf(after.startProblem()));
        }));
        approve.setAriaLabel(getTranslation("queue.approve") + ": " + what);
        TextField reason = new TextField();
        reason.setAriaLabel(getTranslation("queue.reason") + ": " + what);
        reason.setPlaceholder(getTranslation("queue.reason"));
        Button reject = new Button(getTranslation("queue.reject"), click -> decide(() -> {
            review.decide(UiSession.requireCaller(), release.id(), ReleaseStatus.REJECTED, reason.getValue());
            return getTranslation("queue.rejected", what);
        }));
        reject.setAriaLabel(getTranslation("queue.reject") + ": " + what);
        return new HorizontalLayout(approve, reason, reject);
    }

    private void decide(java.util.function.Supplier<String> decision) {
        try {
            result.setText(decision.get());
        } catch (ApplicationException e) {
            result.setText(Messages.of(this, e));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(review.releases(UiSession.requireCaller(), ReleaseStatus.SUBMITTED));
    }
}
