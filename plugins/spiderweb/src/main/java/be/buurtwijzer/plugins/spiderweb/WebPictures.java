package be.buurtwijzer.plugins.spiderweb;

import be.buurtwijzer.plugin.api.InstrumentContext;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugins.spiderweb.domain.Factor;
import be.buurtwijzer.plugins.spiderweb.domain.WebState;
import be.buurtwijzer.plugins.spiderweb.picture.FactorRadarPainter;
import be.buurtwijzer.plugins.support.Pictures;
import be.buurtwijzer.plugins.spiderweb.picture.SpiderWebPainter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** One web's (or snapshot's) pictures and table, from data read once. */
record WebPictures(String title, WebState state, Map<String, Factor> factors, Locale locale) {

    /** For an export: the web named by {@code webId}, or its snapshot {@code snapshotId}. */
    static WebPictures of(InstrumentContext context, Map<String, String> parameters) {
        SpiderWebService service = new SpiderWebService(context);
        var web = service.web(parameters.get("webId"));
        String snapshotId = parameters.get("snapshotId");
        WebState state = snapshotId == null || snapshotId.isBlank() ? web.value().state()
                : service.snapshotOf(web.id(), snapshotId, "snapshotId").value().state();
        return new WebPictures(web.value().name(), state, service.factorsById(), context.locale());
    }

    String webSvg() {
        return Pictures.svg(SpiderWebPainter.WIDTH, SpiderWebPainter.HEIGHT, title, webPainter());
    }

    byte[] webPng() {
        return Pictures.png(SpiderWebPainter.WIDTH, SpiderWebPainter.HEIGHT, webPainter());
    }

    String radarSvg() {
        return Pictures.svg(FactorRadarPainter.WIDTH, FactorRadarPainter.HEIGHT, radarTitle(), radarPainter());
    }

    byte[] radarPng() {
        return Pictures.png(FactorRadarPainter.WIDTH, FactorRadarPainter.HEIGHT, radarPainter());
    }

    String csv() {
        return WebTable.csv(state, factors, locale);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private SpiderWebPainter webPainter() {
        return new SpiderWebPainter(title, state, locale);
    }

    private String radarTitle() {
        return title + " — " + new Text("factoren", "factors").in(locale);
    }

    private FactorRadarPainter radarPainter() {
        return new FactorRadarPainter(radarTitle(), state.factors(), factors, locale);
    }
}
