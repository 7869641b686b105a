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
 * their arguments written as {@link Languages#forFormatting} says: Latin digits in Arabic too.
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
		};
		source.setBasenames(basename.split("\\s*,\\s*"));
		source.setDefaultEncoding(encoding);
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
