package id.ekinerja.interfaces.web.skp;

import id.ekinerja.interfaces.web.FacesMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IKI target as people type it: digits with at most one decimal separator, a comma (as Indonesians write 12,5) or
 * a point. A separator followed by exactly three digits (1.000, 2,500) is refused with a message: in Indonesian it
 * groups thousands, in English it marks a fraction, and reading it either way would store a target a thousand times
 * off for half of the users (Faces' own number converter read "1.000" as 1, silently).
 */
public final class TargetNumberConverter implements Converter<BigDecimal> {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d+[.,]\\d{3}");

    /** The key of the message refusing the text, or empty when {@link #number} reads it. */
    static Optional<String> refusal(String typed) {
        if (!NUMBER.matcher(typed).matches()) {
            return Optional.of("skp.iki.targetInvalid");
        }
        return THOUSANDS.matcher(typed).matches() ? Optional.of("skp.iki.targetAmbiguous") : Optional.empty();
    }

    /** The number of a text {@link #refusal} accepts. */
    static BigDecimal number(String typed) {
        return new BigDecimal(typed.replace(',', '.'));
    }

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String typed = value.strip();
        Optional<String> refused = refusal(typed);
        if (refused.isPresent()) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    FacesMessages.text(refused.get(), typed), null));
        }
        return number(typed);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : shown(value);
    }

    /** A target as the form shows it, which this converter reads back as the same number. */
    static String shown(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        // a fraction of exactly three decimals would be refused when the form comes back: one more zero keeps it
        // a fraction (1.125 is shown as 1.1250)
        return (plain.scale() == 3 ? plain.setScale(4) : plain).toPlainString();
    }
}
