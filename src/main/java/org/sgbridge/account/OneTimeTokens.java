package org.sgbridge.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Single-use, expiring tokens sent by mail: e-mail verification, password reset, e-mail change. */
@Component
class OneTimeTokens {

	enum Purpose {
		VERIFY_EMAIL(Duration.ofHours(24)), RESET_PASSWORD(Duration.ofHours(1)), CHANGE_EMAIL(Duration.ofHours(24));

		final Duration lifetime;

		Purpose(Duration lifetime) {
			this.lifetime = lifetime;
		}
	}

	/** A token that was valid and is now used. */
	record Used(String accountId, String newEmail) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	OneTimeTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Issues a token; only its hash is stored. */
	String issue(String accountId, Purpose purpose, String newEmail) {
		String token = Secrets.newToken();
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO account_token (token_hash, account_id, purpose, new_email, created_at, expires_at)
				VALUES (:hash, :account, :purpose, :newEmail, :now, :expires)""")
			.param("hash", Secrets.sha256(token))
			.param("account", accountId)
			.param("purpose", purpose.name())
			.param("newEmail", newEmail)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(purpose.lifetime)))
			.update();
		return token;
	}

	/** Makes every unused token of that purpose of the account useless (a new link replaces the old ones). */
	void revokeAll(String accountId, Purpose purpose) {
		jdbc.sql("UPDATE account_token SET used_at = :now WHERE account_id = :a AND purpose = :p AND used_at IS NULL")
			.param("now", Timestamp.from(clock.instant()))
			.param("a", accountId)
			.param("p", purpose.name())
			.update();
	}

	/**
	 * Uses the token if it exists for that purpose, is unused and unexpired. The conditional update
	 * makes a second, concurrent use find nothing.
	 */
	Optional<Used> use(String token, Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 200) {
			return Optional.empty();
		}
		String hash = Secrets.sha256(token.trim());
		Timestamp now = Timestamp.from(clock.instant());
		Optional<Used> found = jdbc.sql("""
				SELECT account_id, new_email FROM account_token
				WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now""")
			.param("hash", hash)
			.param("purpose", purpose.name())
			.param("now", now)
			.query((rs, n) -> new Used(rs.getString(1), rs.getString(2)))
			.optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		int claimed = jdbc.sql("UPDATE account_token SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL")
			.param("now", now)
			.param("hash", hash)
			.update();
		return claimed == 1 ? found : Optional.empty();
	}
}
