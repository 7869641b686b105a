package org.sgbridge.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be (NIST SP 800-63B): at least 12 characters, at most 128, and not one of
 * the commonly used passwords, nor one of them followed by digits or symbols ("Password2024!").
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;
	static final int MAX_LENGTH = 128;

	private static volatile Set<String> common;

	private PasswordPolicy() {
	}

	/** The message key of what is wrong with the password, if anything. */
	static Optional<String> check(String password, String email) {
		if (password == null || password.isEmpty()) {
			return Optional.of("validation.NotBlank");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("validation.password.short");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("validation.password.long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String base = lower.replaceAll("[\\d\\W_]+$", "");
		if (commonPasswords().contains(lower) || (base.length() >= 4 && commonPasswords().contains(base))
				|| password.chars().distinct().count() < 4) {
			return Optional.of("validation.password.common");
		}
		if (email != null && !email.isBlank() && lower.contains(email.trim().toLowerCase(Locale.ROOT))) {
			return Optional.of("validation.password.email");
		}
		return Optional.empty();
	}

	private static Set<String> commonPasswords() {
		Set<String> loaded = common;
		if (loaded == null) {
			synchronized (PasswordPolicy.class) {
				if (common == null) {
					common = load();
				}
				loaded = common;
			}
		}
		return loaded;
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>(60_000);
		try (var in = PasswordPolicy.class.getResourceAsStream("/reference/common-passwords.txt");
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					words.add(line.trim().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Set.copyOf(words);
	}
}
