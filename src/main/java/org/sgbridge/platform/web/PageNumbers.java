package org.sgbridge.platform.web;

import java.math.BigDecimal;
import java.text.NumberFormat;

import org.sgbridge.platform.Languages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Figures on the pages ({@code ${@numerals.whole(r.employees)}}), grouped as the page's language
 * groups them, in Latin digits in Arabic too, as the dates, the messages and the documents write
 * them ({@link Languages#forFormatting}); Thymeleaf's own {@code #numbers} would write Arabic-Indic
 * digits on an Arabic page, beside Latin ones in the same table.
 */
@Component("numerals")
public class PageNumbers {

	/** A count: "1,250", "1 250", "1.250". */
	public String whole(Number value) {
		return value == null ? "" : NumberFormat.getIntegerInstance(Languages.forFormatting(LocaleContextHolder.getLocale()))
			.format(value);
	}

	/** An amount without its currency, with its decimals only where it has some: "1,500,000", "1,500,000.5". */
	public String amount(BigDecimal value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(Languages.forFormatting(LocaleContextHolder.getLocale()));
		format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
		return format.format(value);
	}
}
