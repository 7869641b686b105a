package org.sgbridge.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The public address of the installation, for links in mails, letters and calendars:
 * {@code SGBRIDGE_BASE_URL} when set (what production should do: the address people reach, behind
 * any proxy), otherwise {@code http://localhost:<port>} with the port the server actually listens
 * on, read when a link is made, since a random or changed port is known only once the server runs.
 */
@Component
public class PublicAddress {

	private final Environment environment;
	private final String configured;

	PublicAddress(Environment environment, @Value("${sgbridge.base-url:}") String configured) {
		this.environment = environment;
		this.configured = configured.trim().replaceAll("/+$", "");
	}

	/** The address without a trailing slash, e.g. {@code https://sgbridge.itu.int}. */
	public String url() {
		if (!configured.isEmpty()) {
			return configured;
		}
		Integer port = environment.getProperty("local.server.port", Integer.class);
		if (port == null || port <= 0) {
			port = environment.getProperty("server.port", Integer.class, 8080);
		}
		return "http://localhost:" + (port <= 0 ? 8080 : port);
	}
}
