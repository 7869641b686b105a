package org.sgbridge.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a signed-in account keeps its language. Implemented by the account module, so that the
 * platform's language resolution can read and remember it without knowing accounts.
 */
public interface AccountLocales {

	Optional<Locale> localeOf(String principalName);

	void remember(String principalName, Locale locale);
}
