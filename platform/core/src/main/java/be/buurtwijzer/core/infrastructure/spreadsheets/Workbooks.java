package be.buurtwijzer.core.infrastructure.spreadsheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables as an Excel workbook: one sheet, each table under the previous one with a blank row
 * between, its first row bold; a cell that is a plain figure (an integer, or with a decimal comma)
 * becomes a number, everything else stays text, so nothing is ever run as a formula.
 */
public final class Workbooks {

    /**
     * A figure as the exports write it: an integer without leading zeros, or with a decimal comma.
     * "0471 23 45 67", "007" and "1.250" (a Belgian thousand) stay text, as they were written.
     */
    private static final Pattern FIGURE = Pattern.compile("-?(0|[1-9]\\d{0,14})(,\\d{1,6})?");

    private Workbooks() {
    }

    public static byte[] xlsx(List<List<List<String>>> tables, String sheetName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                    sheetName == null || sheetName.isBlank() ? "Blad1" : sheetName));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int at = 0;
            int widest = 0;
            for (List<List<String>> table : tables) {
                for (int r = 0; r < table.size(); r++) {
                    Row row = sheet.createRow(at++);
                    List<String> cells = table.get(r);
                    widest = Math.max(widest, cells.size());
                    for (int c = 0; c < cells.size(); c++) {
                        Cell cell = row.createCell(c);
                        String value = cells.get(c) == null ? "" : cells.get(c);
                        if (r > 0 && FIGURE.matcher(value).matches()) {
                            cell.setCellValue(new BigDecimal(value.replace(',', '.')).doubleValue());
                        } else {
                            cell.setCellValue(value);
                        }
                        if (r == 0) {
                            cell.setCellStyle(bold);
                        }
                    }
                }
                at++;
            }
            if (!tables.isEmpty()) {
                sheet.createFreezePane(0, 1);
            }
            for (int c = 0; c < widest; c++) {
                // a width by the longest text, capped; autoSizeColumn needs fonts the server may not have
                int longest = 8;
                for (Row row : sheet) {
                    Cell cell = row.getCell(c);
                    if (cell != null) {
                        longest = Math.max(longest, Math.min(60, cell.toString().length() + 2));
                    }
                }
                sheet.setColumnWidth(c, longest * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
