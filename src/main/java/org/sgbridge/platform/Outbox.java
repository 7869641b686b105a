package org.sgbridge.platform;

import java.util.Locale;

/**
 * The outbox, for the modules that still queue their own mail (accounts, the pilot). Implemented by
 * the notification module, so that they need not know it, and it may in turn listen to their events
 * (as it does to the meeting module's) without a cycle between modules.
 */
public interface Outbox {

	/**
	 * Queues the mail {@code template} (message keys {@code mail.<template>.subject} and
	 * {@code .body}) in the recipient's language, formatted with {@code args}, in the caller's
	 * transaction.
	 */
	void queue(String to, Locale locale, String template, Object... args);
}
