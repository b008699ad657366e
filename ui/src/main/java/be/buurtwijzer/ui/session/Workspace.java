package be.buurtwijzer.ui.session;

import be.buurtwijzer.core.application.admin.MyAccount;
import be.buurtwijzer.core.domain.tenancy.TenantStatus;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Optional;

/**
 * What one navigation of one browser tab resolved: who the person is now, the municipality the
 * page's URL names ({@code /stederen/register/actors}), checked against the person's memberships
 * at that moment, and the roles there. {@link AccessControl} resolves it once per navigation,
 * before the layout and the view, and keeps it with the tab's {@link UI}: two tabs on two
 * municipalities each keep their own. The session only remembers the last municipality opened,
 * for {@code /} and the old addresses without a municipality.
 *
 * @param municipality the membership the URL names; on a page without a municipality in its URL
 *        (the platform's pages), the one the frame offers its links for; null without memberships
 * @param inUrl whether the page's URL names {@code municipality}
 */
public record Workspace(MyAccount.Me me, MyAccount.MembershipSummary municipality, boolean inUrl, Roles roles) {

    /** The route parameter every municipality page starts with. */
    public static final String PARAMETER = "municipality";

    /** The workspace of the page this tab shows, if it was resolved (a logged-in person's page). */
    public static Optional<Workspace> current() {
        UI ui = UI.getCurrent();
        return Optional.ofNullable(ui == null ? null : ComponentUtil.getData(ui, Workspace.class));
    }

    static void keep(UI ui, Workspace workspace) {
        ComponentUtil.setData(ui, Workspace.class, workspace);
    }

    /** The slug of the municipality in this page's URL (a page under {@code :municipality/} always has one). */
    public static String slug() {
        return current().filter(Workspace::inUrl).map(w -> w.municipality().slug())
                .orElseThrow(() -> new IllegalStateException("this page has no municipality in its URL"));
    }

    /** The address of {@code page} in the municipality of this page, e.g. {@code stederen/register/actors}. */
    public static String here(String page) {
        return path(slug(), page);
    }

    /** The address of {@code page} ({@code register/actors}, or empty for the home) in municipality {@code slug}. */
    public static String path(String slug, String page) {
        return page == null || page.isEmpty() ? slug : slug + "/" + page;
    }

    /** Whether the municipality is open for work (not suspended or closed). */
    public boolean usable() {
        return municipality != null && municipality.status() == TenantStatus.ACTIVE;
    }

    /**
     * The workspace of a page for a person described now: the municipality {@code named} in its
     * address when the person is a member there now, else null (a municipality that does not exist
     * gives the same null); without one named, the municipality {@code last} opened or the first.
     */
    static Workspace of(MyAccount.Me me, String named, String last) {
        if (named != null) {
            return membership(me.memberships(), named)
                    .map(m -> new Workspace(me, m, true, Roles.of(me, m))).orElse(null);
        }
        // a page outside the municipalities: the frame's links go to the one last opened
        return new Workspace(me, defaultFor(me.memberships(), last).orElse(null), false,
                new Roles(null, me.platformRole()));
    }

    /**
     * The municipality a person lands in without one in the URL: the one {@code last} opened in this
     * session if still a member there, else the first open one, else the first.
     */
    static Optional<MyAccount.MembershipSummary> defaultFor(List<MyAccount.MembershipSummary> memberships,
            String last) {
        return memberships.stream().filter(m -> m.slug().equals(last)).findFirst()
                .or(() -> memberships.stream().filter(m -> m.status() == TenantStatus.ACTIVE).findFirst())
                .or(() -> memberships.stream().findFirst());
    }

    /** The membership for {@code slug}, if the person has one now (an unknown municipality has none either). */
    static Optional<MyAccount.MembershipSummary> membership(List<MyAccount.MembershipSummary> memberships,
            String slug) {
        return memberships.stream().filter(m -> m.slug().equals(slug)).findFirst();
    }
}
