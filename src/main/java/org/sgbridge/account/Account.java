package org.sgbridge.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sgbridge.platform.Problem;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * An account: a person who signs in. Its state changes through its methods, which check the rule
 * first: an account is verified once, the second factor is confirmed before it is on, and staff
 * (administrators and secretariat) cannot turn it off again.
 */
public class Account {

	public enum Status {
		PENDING_VERIFICATION, ACTIVE, DISABLED
	}

	@Id
	private final String id;
	private String email;
	private String name;
	private String passwordHash;
	private String locale;
	private Status status;
	private String roles;
	private String totpSecret;
	private boolean totpEnabled;
	private final Instant createdAt;
	@Version
	private Integer version;

	@PersistenceCreator
	Account(String id, String email, String name, String passwordHash, String locale, Status status, String roles,
			String totpSecret, boolean totpEnabled, Instant createdAt, Integer version) {
		this.id = id;
		this.email = email;
		this.name = name;
		this.passwordHash = passwordHash;
		this.locale = locale;
		this.status = status;
		this.roles = roles == null ? "" : roles;
		this.totpSecret = totpSecret;
		this.totpEnabled = totpEnabled;
		this.createdAt = createdAt;
		this.version = version;
	}

	static Account register(String email, String name, String passwordHash, Locale locale, Instant now) {
		return new Account(UUID.randomUUID().toString(), normalize(email), name.trim(), passwordHash,
				locale.getLanguage(), Status.PENDING_VERIFICATION, "", null, false, now, null);
	}

	/** An account created by an administrator is active at once. */
	static Account createActive(String email, String name, String passwordHash, Locale locale, Set<String> roles,
			Instant now) {
		Account account = register(email, name, passwordHash, locale, now);
		account.status = Status.ACTIVE;
		account.roles = join(roles);
		return account;
	}

	public static String normalize(String email) {
		return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
	}

	void verify() {
		if (status != Status.PENDING_VERIFICATION) {
			throw Problem.of(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid-token");
		}
		status = Status.ACTIVE;
	}

	void changePassword(String newHash) {
		passwordHash = newHash;
	}

	void changeEmail(String newEmail) {
		email = normalize(newEmail);
	}

	void rename(String newName) {
		name = newName.trim();
	}

	void chooseLocale(Locale chosen) {
		locale = chosen.getLanguage();
	}

	/** Starts setting up the second factor: the secret is kept but not used until confirmed. */
	void prepareTotp(String secret) {
		if (totpEnabled) {
			throw Problem.conflict("totp-already-enabled");
		}
		totpSecret = secret;
	}

	void enableTotp() {
		if (totpSecret == null) {
			throw Problem.conflict("totp-not-prepared");
		}
		totpEnabled = true;
	}

	/** Staff must keep their second factor once they have set it up. */
	void disableTotp() {
		if (isStaff()) {
			throw Problem.rule("totp-required-for-role");
		}
		totpEnabled = false;
		totpSecret = null;
	}

	void grant(Set<String> newRoles) {
		roles = join(newRoles);
	}

	public boolean isStaff() {
		Set<String> r = roles();
		return r.contains("ADMIN") || r.contains("SECRETARIAT");
	}

	public Set<String> roles() {
		return roles.isBlank() ? Set.of()
				: Arrays.stream(roles.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
	}

	private static String join(Set<String> roles) {
		return String.join(",", new TreeSet<>(roles));
	}

	public String id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String name() {
		return name;
	}

	String passwordHash() {
		return passwordHash;
	}

	public Locale locale() {
		return Locale.forLanguageTag(locale);
	}

	public Status status() {
		return status;
	}

	String totpSecret() {
		return totpSecret;
	}

	public boolean totpEnabled() {
		return totpEnabled;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
