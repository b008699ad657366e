package be.buurtwijzer.plugin.api.report;

/**
 * A report template an instrument offers (since 1.4): a template pack is a plugin that offers templates (and
 * perhaps nothing else), published, signed and approved like any release. The documentation instrument lists
 * the templates of the instruments a municipality has on. {@code json} follows the template format in the
 * README ("Report templates"); a new version of a template is a new release with a higher {@code version}.
 */
public record ReportTemplateSpec(String id, int version, String json) {
}
