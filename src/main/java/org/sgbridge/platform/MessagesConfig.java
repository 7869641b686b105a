package org.sgbridge.platform;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages of the six languages (the {@code spring.messages.*} settings), with the numbers in
 * their arguments written as {@link Languages#forFormatting} says: Latin digits in Arabic too. A
 * day ({@link java.time.LocalDate}) or an instant given as an argument is written as the pages write
 * it ({@link Dates}), and a list of names as the language joins them ("SG16 and SG2", "SG16 et SG2"),
 * so that a rule's refusal can name its dates and groups in every language, on a page as in the API.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

	@Bean
	MessageSource messageSource(@Value("${spring.messages.basename}") String basename,
			@Value("${spring.messages.encoding:UTF-8}") String encoding) {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource() {
			@Override
			protected MessageFormat createMessageFormat(String msg, Locale locale) {
				return new MessageFormat(msg, Languages.forFormatting(locale));
			}

			@Override
			protected Object[] resolveArguments(Object[] args, Locale locale) {
				Object[] resolved = super.resolveArguments(args, locale);
				for (int i = 0; i < resolved.length; i++) {
					resolved[i] = written(resolved[i], locale);
				}
				return resolved;
			}
		};
		source.setBasenames(basename.split("\\s*,\\s*"));
		source.setDefaultEncoding(encoding);
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private static Object written(Object arg, Locale locale) {
		if (arg instanceof java.time.LocalDate day) {
			return Dates.format(day, locale);
		}
		if (arg instanceof java.time.Instant at) {
			return Dates.formatTime(at, locale);
		}
		if (arg instanceof java.util.Collection<?> items) {
			return com.ibm.icu.text.ListFormatter.getInstance(Languages.forFormatting(locale))
				.format(items.stream().map(String::valueOf).toList());
		}
		return arg;
	}
}
