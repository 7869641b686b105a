package org.sgbridge.platform;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an e-mail address must be before anything is sent to it: one {@code @}, a dot in the domain,
 * no space, and the limits of RFC 5321 that mail servers enforce: at most 254 characters in all and
 * 64 before the {@code @}.
 */
public final class EmailAddress {

	private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private EmailAddress() {
	}

	/** The message key of what is wrong with a non-blank {@code address}, if anything. */
	public static Optional<String> problem(String address) {
		if (address == null || !SHAPE.matcher(address).matches()) {
			return Optional.of("validation.Email");
		}
		if (address.length() > 254 || address.indexOf('@') > 64) {
			return Optional.of("validation.email.length");
		}
		return Optional.empty();
	}
}
