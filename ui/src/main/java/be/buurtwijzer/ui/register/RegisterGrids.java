package be.buurtwijzer.ui.register;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/** What the register tables share: cells that wrap, and fewer columns on a phone. */
final class RegisterGrids {

    /** Below this window width (CSS pixels) a phone shows only a table's first columns. */
    static final int PHONE_WIDTH = 600;

    private RegisterGrids() {
    }

    /** Long names wrap instead of being cut off, on a phone above all. */
    static <T> Grid<T> wrapping(Grid<T> grid) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    /**
     * Hides these columns while the window is narrower than a phone's: four columns on 390 pixels left each word a
     * few letters wide. They come back when the window is widened (a tablet turned).
     */
    static void hideOnPhone(Grid<?> grid, Grid.Column<?>... columns) {
        List<Grid.Column<?>> secondary = List.of(columns);
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> show(secondary, details.getWindowInnerWidth()));
            Registration resize = page.addBrowserWindowResizeListener(e -> show(secondary, e.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    static void show(List<Grid.Column<?>> secondary, int windowWidth) {
        boolean wide = windowWidth <= 0 || windowWidth >= PHONE_WIDTH;
        secondary.forEach(column -> column.setVisible(wide));
    }
}
