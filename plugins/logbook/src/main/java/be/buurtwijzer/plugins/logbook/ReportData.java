package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugin.api.report.ReportFragment;
import be.buurtwijzer.plugins.logbook.Payloads.PartData;
import be.buurtwijzer.plugins.logbook.domain.ReportDocument;
import java.util.Base64;
import java.util.List;

/** A report's content as plain data (JSON), for those who build their own report. */
final class ReportData {

    private ReportData() {
    }

    static Payloads.ReportData of(ReportDocument report) {
        return new Payloads.ReportData(report.title(), report.subtitle(), report.municipality(), report.templateId(),
                report.templateVersion(), report.theoryVersion(), report.sections().stream()
                        .map(s -> new Payloads.SectionData(s.title(), s.parts().stream().map(ReportData::part).toList()))
                        .toList());
    }

    private static PartData part(ReportDocument.Part part) {
        return switch (part) {
            case ReportDocument.Subheading h -> new PartData("heading", h.text(), null, null, null, null, null, null, null);
            case ReportDocument.Note n -> new PartData("note", n.text(), null, null, null, null, null, null, null);
            case ReportDocument.Photo p -> new PartData("photo", null, p.caption(), null, null, p.alt(),
                    Base64.getEncoder().encodeToString(p.content()), p.width(), p.height());
            case ReportDocument.Content c -> switch (c.block()) {
                case ReportFragment.Paragraph p -> new PartData("paragraph", p.text(), null, null, null, null, null, null,
                        null);
                case ReportFragment.Table t -> new PartData("table", null, t.caption(), t.headers(), t.rows(), null, null,
                        null, null);
                case ReportFragment.Figure f -> new PartData("figure", null, f.caption(), null, null, f.alt(),
                        Base64.getEncoder().encodeToString(f.png()), f.width(), f.height());
            };
        };
    }

}
