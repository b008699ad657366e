package be.buurtwijzer.core.infrastructure.spreadsheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbooksTest {

    @Test
    void figuresBecomeNumbersAndEverythingElseStaysText() throws Exception {
        byte[] xlsx = Workbooks.xlsx(List.of(
                List.of(List.of("vrijwilliger", "bedrag (EUR)", "uren"), List.of("Jef Van Rompaey", "12,50", "3"),
                        List.of("=1+1", "-4", "12/11/2026"), List.of("0471234567", "1.250", "007")),
                List.of(List.of("factor", "score"), List.of("Buurtgevoel", "2"))), "Vergoedingen: 2026/1");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Vergoedingen  2026 1", sheet.getSheetName(), "a sheet name without the characters Excel refuses");
            assertTrue(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), "the header is bold");
            assertEquals(12.5, sheet.getRow(1).getCell(1).getNumericCellValue(), 1e-9, "a decimal comma is read");
            assertEquals(CellType.NUMERIC, sheet.getRow(2).getCell(1).getCellType());
            assertEquals(CellType.STRING, sheet.getRow(2).getCell(0).getCellType(), "a formula stays text");
            assertEquals("=1+1", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("12/11/2026", sheet.getRow(2).getCell(2).getStringCellValue(), "a date stays as written");
            for (int c = 0; c < 3; c++) {
                assertEquals(CellType.STRING, sheet.getRow(3).getCell(c).getCellType(),
                        "a phone number, a Belgian thousand and a code stay as written");
            }
            assertEquals("factor", sheet.getRow(5).getCell(0).getStringCellValue(), "the next table after a blank row");
            assertEquals(2.0, sheet.getRow(6).getCell(1).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void noTablesGiveAnEmptySheet() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Workbooks.xlsx(List.of(), " ")))) {
            assertEquals("Blad1", book.getSheetAt(0).getSheetName());
            assertEquals(-1, book.getSheetAt(0).getLastRowNum());
        }
    }
}
