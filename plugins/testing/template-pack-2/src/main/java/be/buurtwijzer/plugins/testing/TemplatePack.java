package be.buurtwijzer.plugins.testing;

import be.buurtwijzer.plugin.api.Instrument;
import be.buurtwijzer.plugin.api.InstrumentDescriptor;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.report.ReportTemplateSpec;
import java.util.List;
import org.pf4j.Extension;

/** Release 2.0.0 of a template pack: one report template, version 2, for a funder. */
@Extension
public class TemplatePack implements Instrument {

    @Override
    public InstrumentDescriptor descriptor() {
        return new InstrumentDescriptor(new Text("Sjablonen Steunpunt Test", "Templates of Steunpunt Test"),
                new Text("Verslagsjablonen", "Report templates"), "vaadin:file-text", "documentation", List.of(), 1);
    }

    @Override
    public List<ReportTemplateSpec> reportTemplates() {
        return List.of(new ReportTemplateSpec("steunpunt-jaarverslag", 2, """
                {"id": "steunpunt-jaarverslag", "version": 2,
                 "name": {"nl": "Jaarverslag Steunpunt (versie 2)", "en": "Annual report Steunpunt (version 2)"},
                 "audience": {"nl": "De subsidiegever", "en": "The funder"},
                 "sections": [
                   {"kind": "TEXT", "title": {"nl": "Inleiding v2", "en": "Introduction v2"}},
                   {"kind": "INDICATORS", "title": {"nl": "Indicatoren", "en": "Indicators"}},
                   {"kind": "FRAGMENT", "plugin": "typology", "fragment": "portfolio",
                    "title": {"nl": "Initiatieven", "en": "Initiatives"}}
                 ]}
                """));
    }
}
