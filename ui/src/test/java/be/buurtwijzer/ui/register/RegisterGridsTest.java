package be.buurtwijzer.ui.register;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterGridsTest {

    private final Grid<String> grid = RegisterGrids.wrapping(new Grid<>());
    private final Grid.Column<String> name = grid.addColumn(s -> s);
    private final Grid.Column<String> sector = grid.addColumn(s -> s);
    private final Grid.Column<String> area = grid.addColumn(s -> s);

    @Test
    void aPhoneShowsOnlyTheFirstColumns() {
        RegisterGrids.show(List.of(sector, area), 390);
        assertTrue(name.isVisible());
        assertFalse(sector.isVisible());
        assertFalse(area.isVisible());
    }

    @Test
    void aWiderWindowShowsThemAgain() {
        RegisterGrids.show(List.of(sector, area), 390);
        RegisterGrids.show(List.of(sector, area), RegisterGrids.PHONE_WIDTH);
        assertTrue(sector.isVisible());
        assertTrue(area.isVisible());
    }

    @Test
    void aWindowOfUnknownWidthShowsEverything() {
        RegisterGrids.show(List.of(sector, area), 0);
        assertTrue(sector.isVisible());
    }

    @Test
    void theCellsWrap() {
        assertTrue(grid.getThemeNames().contains("wrap-cell-content"));
    }
}
