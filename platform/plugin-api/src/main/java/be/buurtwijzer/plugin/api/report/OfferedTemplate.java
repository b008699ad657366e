package be.buurtwijzer.plugin.api.report;

/** A template of an instrument that is on in this municipality, as the platform passes it on. */
public record OfferedTemplate(String pluginId, String instrument, String pluginVersion, ReportTemplateSpec template) {
}
