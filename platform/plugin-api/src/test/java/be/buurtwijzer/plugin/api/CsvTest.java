package be.buurtwijzer.plugin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+31", "-2", "@SUM(A1)", "\t=1", " =HYPERLINK(\"x\")", "   +1", "\uFF1D1+1",
            "\uFF0B1", "\uFF0D1", "\uFF20A1", "\u22121", "\u00A0=1", "\u3000=1", "\n=1"})
    void neutralisesFormulasAndTheirLookAlikes(String cell) {
        String written = Csv.cell(cell);
        String unquoted = written.startsWith("\"") ? written.substring(1) : written;
        assertEquals('\'', unquoted.charAt(0), written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Buurtsoep", "12", "2026-11-12", "a = b", "e-mail"})
    void leavesOrdinaryCellsAlone(String cell) {
        assertEquals(cell, Csv.cell(cell));
    }

    @org.junit.jupiter.api.Test
    void belgianExcelGetsSemicolonsAndAByteOrderMark() {
        byte[] bytes = Csv.forBelgianExcel().row("Naam", "Bedrag").row("Mariëtte; Jan", "12,50").toExcelBytes();
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("\uFEFFNaam;Bedrag\r\n\"Mariëtte; Jan\";12,50\r\n", text,
                "a semicolon in a cell is quoted, a decimal comma is not");
    }
}
