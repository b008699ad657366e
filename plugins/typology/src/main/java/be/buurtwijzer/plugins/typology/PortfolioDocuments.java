package be.buurtwijzer.plugins.typology;

import be.buurtwijzer.plugin.api.vocabulary.Scale;
import be.buurtwijzer.plugin.api.Csv;
import be.buurtwijzer.plugin.api.Text;
import be.buurtwijzer.plugins.support.Pictures;
import be.buurtwijzer.plugins.typology.domain.InitiativeType;
import be.buurtwijzer.plugins.typology.domain.Portfolio;
import be.buurtwijzer.plugins.typology.domain.Warning;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The portfolio as CSV (one row per initiative) and as a one-page SVG overview. */
public final class PortfolioDocuments {

    private static final int WIDTH = 794;
    private static final int HEIGHT = 1123;
    static final Color[] TYPE_COLOURS = {new Color(0xB3541E), new Color(0x1F6F8B), new Color(0x4B3F72)};

    private PortfolioDocuments() {
    }

    public static String csv(Portfolio portfolio, Locale locale, Function<String, String> neighbourhoodName) {
        return new String(table(portfolio, locale, neighbourhoodName).toExcelBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The portfolio's rows, for the CSV and for a report fragment. */
    public static Csv table(Portfolio portfolio, Locale locale, Function<String, String> neighbourhoodName) {
        Csv csv = Csv.forBelgianExcel().row(Text.pick(locale, "initiatief", "initiative"),
                Text.pick(locale, "buurt", "neighbourhood"), Text.pick(locale, "type", "type"),
                Text.pick(locale, "schaal", "scale"), Text.pick(locale, "verbindingen", "links"),
                Text.pick(locale, "waarschuwingen", "warnings"));
        for (Portfolio.Row r : portfolio.rows()) {
            String warnings = portfolio.warnings().stream().filter(w -> r.initiativeId().equals(w.initiativeId()))
                    .map(w -> w.message().in(locale)).collect(Collectors.joining(" | "));
            csv.row(r.name(), r.neighbourhoodId() == null ? "" : neighbourhoodName.apply(r.neighbourhoodId()),
                    r.type() == null ? "" : InitiativeType.valueOf(r.type()).label().in(locale),
                    r.scale() == null ? "" : Scale.valueOf(r.scale()).label().in(locale), String.valueOf(r.links()),
                    warnings);
        }
        return csv;
    }

    /** An A4-shaped overview: the type-by-scale matrix, the counts per type, the links and the warnings. */
    public static String svg(Portfolio portfolio, String title, Locale locale) {
        return svg(portfolio, title, locale, java.util.Optional.empty());
    }

    /** The overview with the municipality's logo under it. */
    public static String svg(Portfolio portfolio, String title, Locale locale, java.util.Optional<byte[]> logo) {
        return Pictures.svg(WIDTH, HEIGHT, title, g -> paint(g, portfolio, title, locale), logo);
    }

    /** The same overview as a report figure. */
    public static be.buurtwijzer.plugin.api.report.ReportFragment.Figure figure(Portfolio portfolio, String title,
            Locale locale) {
        return new be.buurtwijzer.plugin.api.report.ReportFragment.Figure(title, Text.pick(locale,
                "Overzicht van de initiatieven "
                + "per type en schaal, met de waarschuwingen; de tabel volgt.", "Overview of the initiatives by type and "
                + "scale, with the warnings; the table follows."),
                Pictures.png(WIDTH, HEIGHT, g -> paint(g, portfolio, title, locale)), WIDTH, HEIGHT);
    }

    private static void paint(Graphics2D g, Portfolio portfolio, String title, Locale locale) {
        int width = WIDTH;
        int height = HEIGHT;
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        g.drawString(title, 40, 56);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(Counts.summary(portfolio.initiatives(), portfolio.classified(), portfolio.links().size(), locale),
                40, 80);
        matrix(g, portfolio, locale, 40, 110);
        int y = 470;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.setColor(Color.BLACK);
        g.drawString(Text.pick(locale, "Waarschuwingen en advies", "Warnings and advice"), 40, y);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        List<Warning> shown = portfolio.warnings().stream()
                .filter(w -> w.kind() != Warning.Kind.NOT_CLASSIFIED).toList();
        if (shown.isEmpty()) {
            g.drawString(Text.pick(locale, "Geen.", "None."), 40, y + 22);
        }
        for (Warning w : shown) {
            y += 22;
            if (y > height - 80) {
                g.drawString(Text.pick(locale, "… en meer: zie de CSV.", "… and more: see the CSV."), 40, y);
                break;
            }
            y = wrap(g, "• " + label(w, locale) + w.message().in(locale), 40, y, width - 80);
        }
    }

    /** "Initiative: " before a warning about one initiative, "Advice: " or nothing before the rest. */
    static String label(Warning w, Locale locale) {
        String about = w.aboutPortfolio() ? "" : w.initiativeName() + ": ";
        return w.level() == Warning.Level.ADVICE ? about + Text.pick(locale, "advies — ", "advice — ") : about;
    }

    private static void matrix(Graphics2D g, Portfolio portfolio, Locale locale, int left, int top) {
        int labelWidth = 250;
        int cell = 92;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        Scale[] scales = Scale.values();
        for (int s = 0; s < scales.length; s++) {
            int x = left + labelWidth + s * cell;
            wrap(g, scales[s].label().in(locale), x + 4, top + 14, cell - 8);
        }
        InitiativeType[] types = InitiativeType.values();
        int max = portfolio.byTypeAndScale().values().stream().flatMap(m -> m.values().stream())
                .max(Integer::compare).orElse(0);
        for (int t = 0; t < types.length; t++) {
            int y = top + 50 + t * cell;
            g.setColor(TYPE_COLOURS[t]);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            wrap(g, types[t].label().in(locale) + " (" + portfolio.byType().get(types[t].name()) + ")", left,
                    y + cell / 2 - 6, labelWidth - 10);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            for (int s = 0; s < scales.length; s++) {
                int x = left + labelWidth + s * cell;
                g.setColor(new Color(0xDDDDDD));
                g.setStroke(new BasicStroke(1f));
                g.drawRect(x, y, cell, cell);
                int count = portfolio.byTypeAndScale().get(types[t].name()).get(scales[s].name());
                if (count > 0) {
                    int d = (int) (24 + 50 * Math.sqrt((double) count / Math.max(1, max)));
                    g.setColor(TYPE_COLOURS[t]);
                    g.fillOval(x + (cell - d) / 2, y + (cell - d) / 2, d, d);
                    g.setColor(Color.WHITE);
                    String n = String.valueOf(count);
                    g.drawString(n, x + cell / 2 - g.getFontMetrics().stringWidth(n) / 2, y + cell / 2 + 5);
                }
            }
        }
    }

    /** Draws text wrapped to {@code width}; returns the baseline of the last line. */
    private static int wrap(Graphics2D g, String text, int x, int y, int width) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && g.getFontMetrics().stringWidth(line + " " + word) > width) {
                g.drawString(line.toString(), x, y);
                y += g.getFontMetrics().getHeight();
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        g.drawString(line.toString(), x, y);
        return y;
    }
}
