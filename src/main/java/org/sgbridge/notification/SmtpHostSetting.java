package org.sgbridge.notification;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Sets {@code spring.mail.host} from {@code SGBRIDGE_SMTP_HOST} only when that is set and not blank.
 * Spring Boot creates its SMTP client (and the mail health check) as soon as {@code spring.mail.host}
 * exists, even empty, and an empty host means {@code localhost:25}: so the property must be absent
 * when no SMTP server is configured, which a placeholder with an empty default cannot give.
 */
final class SmtpHostSetting implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String host = environment.getProperty("SGBRIDGE_SMTP_HOST");
		if (host != null && !host.isBlank() && !environment.containsProperty("spring.mail.host")) {
			// Last, so that an explicit spring.mail.host still wins.
			environment.getPropertySources()
				.addLast(new MapPropertySource("sgbridge-smtp-host", Map.of("spring.mail.host", host.trim())));
		}
	}
}
