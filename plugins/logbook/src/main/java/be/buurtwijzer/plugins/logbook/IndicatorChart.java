package be.buurtwijzer.plugins.logbook;

import be.buurtwijzer.plugins.support.Plural;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugin.api.report.ReportFragment;
import be.buurtwijzer.plugins.logbook.domain.Measurement;
import be.buurtwijzer.plugins.logbook.domain.Theory;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.SimpleDateFormat;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * An indicator's values over time as a line chart (JFreeChart), with its target as a dashed line: title,
 * municipality, unit and legend on the picture itself, dates as 12/11/2026 and the decimal comma in Dutch.
 * Drawn at twice the size it is printed, so that it stays sharp on paper.
 */
final class IndicatorChart {

    static final int WIDTH = 1200;
    static final int HEIGHT = 600;

    private IndicatorChart() {
    }

    static ReportFragment.Figure of(Theory.Indicator indicator, List<Measurement> series, String municipality,
            Locale locale) {
        String measured = Text.pick(locale, "gemeten", "measured");
        TimeSeries values = new TimeSeries(measured);
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        for (Measurement m : series) {
            values.addOrUpdate(new Day(Date.from(m.date().atStartOfDay(brussels).toInstant())), m.value());
        }
        DateAxis time = new DateAxis(Text.pick(locale, "datum", "date"));
        time.setDateFormatOverride(new SimpleDateFormat("dd/MM/yyyy", locale));
        String unit = indicator.unit() == null || indicator.unit().isBlank() ? Text.pick(locale, "waarde", "value")
                : indicator.unit();
        NumberAxis amount = new NumberAxis(unit);
        amount.setNumberFormatOverride(new DecimalFormat("#,##0.##", be.buurtwijzer.plugins.logbook.domain.ReportAssembler.symbols(locale)));
        amount.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, new Color(0x1F6F8B));
        line.setSeriesStroke(0, new BasicStroke(4f));
        XYPlot plot = new XYPlot(new TimeSeriesCollection(values), time, amount, line);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xCCCCCC));
        plot.setDomainGridlinePaint(new Color(0xEEEEEE));
        Font axisFont = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
        time.setTickLabelFont(axisFont);
        amount.setTickLabelFont(axisFont);
        time.setLabelFont(axisFont);
        amount.setLabelFont(axisFont);
        String target = "";
        if (indicator.target() != null) {
            String label = Text.pick(locale, "doel", "target") + " " + amount.getNumberFormatOverride().format(
                    indicator.target());
            ValueMarker marker = new ValueMarker(indicator.target().doubleValue(), new Color(0xB3541E),
                    new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {12f, 8f}, 0f));
            marker.setLabel(label);
            marker.setLabelFont(axisFont);
            marker.setLabelPaint(new Color(0xB3541E));
            marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(marker);
            target = " · " + label;
            if (indicator.target().doubleValue() > values.getMaxY()) {
                amount.setUpperBound(indicator.target().doubleValue() * 1.1);
            }
        }
        JFreeChart chart = new JFreeChart(indicator.what(), new Font(Font.SANS_SERIF, Font.BOLD, 30), plot, true);
        chart.addSubtitle(new TextTitle(municipality + " · " + unit + target, new Font(Font.SANS_SERIF, Font.PLAIN, 22)));
        chart.getLegend().setItemFont(axisFont);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(10, 10, 10, 60));
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Measurement last = series.get(series.size() - 1);
        String alt = Text.pick(locale, "Lijngrafiek van '" + indicator.what() + "': "
                + Plural.nlFigure(series.size(), "meting", "metingen") + ", de laatste "
                + amount.getNumberFormatOverride().format(last.value()) + " " + unit + " op "
                + be.buurtwijzer.plugins.logbook.domain.ReportAssembler.date(last.date()) + target + ".",
                "Line chart of '" + indicator.what() + "': " + Plural.enFigure(series.size(), "measurement", "measurements") + ", the latest "
                        + amount.getNumberFormatOverride().format(last.value()) + " " + unit + " on "
                        + be.buurtwijzer.plugins.logbook.domain.ReportAssembler.date(last.date()) + target + ".");
        return new ReportFragment.Figure(indicator.what(), alt, out.toByteArray(), WIDTH, HEIGHT);
    }
}
