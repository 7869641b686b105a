package org.sgbridge.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.sgbridge.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing. Failures are counted per (e-mail, client address), so that an attacker
 * elsewhere cannot lock the owner out, and per client address across all e-mails, against
 * spraying. Past a threshold in a 15-minute window, the key is blocked for a time that doubles
 * with each further failure (up to 15 minutes): 429 with {@code Retry-After}. A success clears
 * the (e-mail, address) key. Kept in the database, so all nodes count together.
 */
@Component
class SignInThrottle {

	static final int PER_ACCOUNT_AND_ADDRESS = 5;
	static final int PER_ADDRESS = 50;
	static final Duration WINDOW = Duration.ofMinutes(15);
	static final Duration MAX_BLOCK = Duration.ofMinutes(15);

	private final JdbcClient jdbc;
	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Refuses with 429 while either key is blocked. (No transaction: a refusal must not roll back the caller's.) */
	public void check(String email, String address) {
		Instant now = clock.instant();
		for (String key : keys(email, address)) {
			List<Timestamp> blocked = jdbc.sql("SELECT blocked_until FROM sign_in_failure WHERE throttle_key = :key")
				.param("key", key)
				.query(Timestamp.class)
				.list();
			if (!blocked.isEmpty() && blocked.get(0) != null && blocked.get(0).toInstant().isAfter(now)) {
				throw new Problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "problem.too-many-attempts.detail")
					.retryAfter(Duration.between(now, blocked.get(0).toInstant()));
			}
		}
	}

	/** Counts a failure, in its own transaction, so that the refusal's rollback keeps it. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String email, String address) {
		List<String> keys = keys(email, address);
		count(keys.get(0), PER_ACCOUNT_AND_ADDRESS);
		count(keys.get(1), PER_ADDRESS);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String email, String address) {
		jdbc.sql("DELETE FROM sign_in_failure WHERE throttle_key = :key").param("key", keys(email, address).get(0)).update();
	}

	private void count(String key, int threshold) {
		Instant now = clock.instant();
		var row = jdbc.sql("SELECT failures, first_failure FROM sign_in_failure WHERE throttle_key = :key FOR UPDATE")
			.param("key", key)
			.query((rs, n) -> new Object[] { rs.getInt(1), rs.getTimestamp(2).toInstant() })
			.optional();
		int failures = 1;
		Instant first = now;
		if (row.isPresent() && ((Instant) row.get()[1]).plus(WINDOW).isAfter(now)) {
			failures = (int) row.get()[0] + 1;
			first = (Instant) row.get()[1];
		}
		Instant blockedUntil = null;
		if (failures >= threshold) {
			Duration block = Duration.ofSeconds(30L << Math.min(failures - threshold, 10));
			blockedUntil = now.plus(block.compareTo(MAX_BLOCK) > 0 ? MAX_BLOCK : block);
		}
		int updated = jdbc.sql("""
				UPDATE sign_in_failure SET failures = :failures, first_failure = :first, blocked_until = :blocked
				WHERE throttle_key = :key""")
			.param("failures", failures)
			.param("first", Timestamp.from(first))
			.param("blocked", blockedUntil == null ? null : Timestamp.from(blockedUntil))
			.param("key", key)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO sign_in_failure (throttle_key, failures, first_failure, blocked_until)
					VALUES (:key, :failures, :first, :blocked)""")
				.param("key", key)
				.param("failures", failures)
				.param("first", Timestamp.from(first))
				.param("blocked", blockedUntil == null ? null : Timestamp.from(blockedUntil))
				.update();
		}
	}

	private static List<String> keys(String email, String address) {
		String who = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
		String from = address == null ? "unknown" : address;
		return List.of("account:" + who + "|" + from, "address:" + from);
	}
}
