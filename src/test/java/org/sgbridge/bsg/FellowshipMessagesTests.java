package org.sgbridge.bsg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fellowship messages that take arguments (mails, refusals) format in each of the six languages:
 * no pattern error, every placeholder filled, the amount written with two decimals.
 */
class FellowshipMessagesTests {

	private static Properties bundle(String language) throws IOException {
		Properties props = new Properties();
		String suffix = language.equals("en") ? "" : "_" + language;
		try (InputStream in = FellowshipMessagesTests.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
			props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return props;
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "es", "ru", "zh", "ar" })
	void fellowshipMessagesFormatInEveryLanguage(String language) throws IOException {
		Properties messages = bundle(language);
		// as the application formats its messages (MessagesConfig): Latin digits in Arabic too
		Locale locale = org.sgbridge.platform.Languages.forFormatting(Locale.forLanguageTag(language));
		Object[] args = { "Name", "Title", "Organisation", new BigDecimal("4500.5"), "Title", "1 March 2027", "ET", "7" };
		int checked = 0;
		for (String key : messages.stringPropertyNames()) {
			if (!key.contains("fellowship") && !key.startsWith("problem.budget-exhausted")
					&& !key.startsWith("problem.not-eligible") && !key.startsWith("problem.call-closed")) {
				continue;
			}
			String pattern = messages.getProperty(key);
			if (!pattern.contains("{")) {
				continue;
			}
			Object[] these = args.clone();
			if (key.equals("mail.fellowship.awarded.body") || key.equals("mail.fellowship.awarded.subject")) {
				these[2] = "full";
			}
			if (key.equals("fellowship.caps.text")) {
				these[2] = 2027;
			}
			if (key.startsWith("problem.budget-exhausted")) {
				these[0] = new BigDecimal("1200.5");
			}
			String text = new MessageFormat(pattern, locale).format(these);
			assertThat(text).as("%s in %s", key, language).doesNotContain("{").doesNotContain("}");
			if (key.equals("mail.fellowship.awarded.body")) {
				assertThat(text).as("the amount in %s", language).containsPattern("4.?500[.,]50");
			}
			checked++;
		}
		assertThat(checked).isGreaterThanOrEqualTo(12);
	}
}
