package be.buurtwijzer.core.application.privacy;

import be.buurtwijzer.plugin.api.Csv;
import java.util.List;

/** The processing register as a CSV that Excel opens in Belgium: semicolons, UTF-8 with a byte order mark, Dutch. */
final class ProcessingRegisterCsv {

    private ProcessingRegisterCsv() {
    }

    static byte[] of(List<ProcessingActivity> lines) {
        Csv csv = Csv.forBelgianExcel().row("Bron", "Persoonsgegevens", "Over wie", "Doel", "Rechtsgrond",
                "Bewaartermijn (dagen)", "Eigen termijn gemeente (dagen)", "Aantal");
        for (ProcessingActivity line : lines) {
            csv.row(line.source(), String.join(" | ", line.fields().stream().map(ProcessingActivity.Field::description)
                            .toList()), String.join(", ", line.fields().stream().map(f -> about(f.about())).distinct()
                            .toList()), line.purpose(), legalBasis(line.legalBasis()),
                    line.effectiveDays() != null ? line.effectiveDays().toString() : line.pluginId() == null
                            ? "zolang de gemeente Buurtwijzer gebruikt" : "zolang het instrument gebruikt wordt",
                    line.overrideDays() == null ? "" : line.overrideDays().toString(), Long.toString(line.records()));
        }
        return csv.toExcelBytes();
    }

    static String about(String kind) {
        return switch (kind) {
            case "REGISTER_ACTOR" -> "actoren in het register";
            case "PLATFORM_USER" -> "gebruikers van Buurtwijzer";
            case "NAMED_PERSON" -> "personen die bij naam genoemd worden";
            default -> kind;
        };
    }

    static String legalBasis(String basis) {
        return switch (basis) {
            case "CONSENT" -> "toestemming (a)";
            case "CONTRACT" -> "overeenkomst (b)";
            case "LEGAL_OBLIGATION" -> "wettelijke verplichting (c)";
            case "VITAL_INTERESTS" -> "vitaal belang (d)";
            case "PUBLIC_TASK" -> "taak van algemeen belang (e)";
            case "LEGITIMATE_INTERESTS" -> "gerechtvaardigd belang (f)";
            default -> basis;
        };
    }
}
