package be.buurtwijzer.plugins.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A row of actions (save first) that stays at the bottom of the window while a long page scrolls. */
public final class StickyActions {

    private StickyActions() {
    }

    public static HorizontalLayout of(Component... actions) {
        HorizontalLayout row = new HorizontalLayout(actions);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWidthFull();
        row.getStyle().set("position", "sticky").set("bottom", "0").set("z-index", "5").set("flex-wrap", "wrap")
                .set("background", "var(--vaadin-background-color, #fff)")
                .set("border-top", "1px solid var(--vaadin-border-color-secondary, #ddd)")
                .set("padding-block", "0.5rem");
        return row;
    }
}
