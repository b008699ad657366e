package be.buurtwijzer.plugins.volunteers.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Euro amounts: to the cent (half up, as a bookkeeper rounds), written the Belgian way (€ 1.626,77). */
public final class Money {

    private static final Locale BELGIUM = Locale.forLanguageTag("nl-BE");

    private Money() {
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static String euro(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(BELGIUM);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(amount).replace('\u00A0', ' ');
    }

    /** 12,50 without a currency sign, for a spreadsheet cell. */
    public static String plain(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(BELGIUM);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(amount);
    }
}
