package org.sgbridge.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.sgbridge.platform.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing without locking an office out (OWASP ASVS 2.2.1). Per account: after
 * {@code maxFailures} failures within the window, the account is refused (429 with
 * {@code Retry-After}) for {@code firstBlock}, a time that doubles with each further failure up to
 * {@code maxBlock}; a success ends the streak. Per client address, against spraying: past
 * {@code maxAddressFailures} failures within the window, the accounts that have themselves failed
 * from that address are refused from it, while the others, who share the address (an office, a
 * proxy), still sign in. Nothing sleeps on the server. Kept in the database, so all nodes count
 * together; the time comes from the injected clock.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final int maxFailures;
	private final Duration window;
	private final Duration firstBlock;
	private final Duration maxBlock;
	private final int maxAddressFailures;

	SignInThrottle(JdbcClient jdbc, Clock clock, @Value("${sgbridge.sign-in.max-failures:5}") int maxFailures,
			@Value("${sgbridge.sign-in.window:PT15M}") Duration window,
			@Value("${sgbridge.sign-in.first-block:PT30S}") Duration firstBlock,
			@Value("${sgbridge.sign-in.max-block:PT15M}") Duration maxBlock,
			@Value("${sgbridge.sign-in.max-address-failures:500}") int maxAddressFailures) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.window = window;
		this.firstBlock = firstBlock;
		this.maxBlock = maxBlock;
		this.maxAddressFailures = maxAddressFailures;
	}

	int maxFailures() {
		return maxFailures;
	}

	int maxAddressFailures() {
		return maxAddressFailures;
	}

	private record Streak(int failures, Instant first, Instant last, Instant blockedUntil) {
	}

	/** Refuses with 429 while the account is blocked, or while its address is and it failed from there. (No transaction: a refusal must not roll back the caller's.) */
	public void check(String email, String address) {
		Instant now = clock.instant();
		Optional<Streak> account = streak(accountKey(email));
		if (account.isPresent() && account.get().blockedUntil() != null && account.get().blockedUntil().isAfter(now)) {
			throw tooMany(Duration.between(now, account.get().blockedUntil()));
		}
		Optional<Streak> from = streak(addressKey(address)).filter(s -> s.first().plus(window).isAfter(now));
		if (from.isPresent() && from.get().failures() >= maxAddressFailures
				&& streak(pairKey(email, address)).filter(s -> s.last().plus(window).isAfter(now)).isPresent()) {
			throw tooMany(Duration.between(now, from.get().first().plus(window)));
		}
	}

	/** Counts a failure, in its own transaction, so that the refusal's rollback keeps it. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String email, String address) {
		Instant now = clock.instant();
		Streak account = count(accountKey(email), now, true);
		Duration block = account.failures() >= maxFailures
				? firstBlock.multipliedBy(1L << Math.min(account.failures() - maxFailures, 20)) : Duration.ZERO;
		if (block.compareTo(maxBlock) > 0) {
			block = maxBlock;
		}
		jdbc.sql("UPDATE sign_in_failure SET blocked_until = :until WHERE throttle_key = :key")
			.param("until", block.isZero() ? null : Timestamp.from(now.plus(block)))
			.param("key", accountKey(email))
			.update();
		count(addressKey(address), now, false);
		count(pairKey(email, address), now, false);
		if (ThreadLocalRandom.current().nextInt(200) == 0) {
			jdbc.sql("DELETE FROM sign_in_failure WHERE last_failure < :old")
				.param("old", Timestamp.from(now.minus(Duration.ofDays(2))))
				.update();
		}
	}

	/** A success ends the account's streak and its mark on the address. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String email, String address) {
		jdbc.sql("DELETE FROM sign_in_failure WHERE throttle_key IN (:keys)")
			.param("keys", java.util.List.of(accountKey(email), pairKey(email, address)))
			.update();
	}

	/**
	 * Adds a failure to the key's streak. A streak counts within the window from its first failure;
	 * once the account is blocked it goes on while failures come within the window after the end of
	 * the last block, so that the block keeps doubling.
	 */
	private Streak count(String key, Instant now, boolean blocking) {
		jdbc.sql("""
				INSERT INTO sign_in_failure (throttle_key, failures, first_failure, last_failure)
				VALUES (:key, 0, :now, :now) ON CONFLICT DO NOTHING""")
			.param("key", key)
			.param("now", Timestamp.from(now))
			.update();
		Streak old = jdbc.sql("SELECT failures, first_failure, last_failure, blocked_until FROM sign_in_failure WHERE throttle_key = :key FOR UPDATE")
			.param("key", key)
			.query((rs, n) -> streakOf(rs))
			.single();
		boolean goesOn = old.failures() > 0 && !old.first().isAfter(now)
				&& (old.first().plus(window).isAfter(now)
						|| (blocking && old.failures() >= maxFailures && old.blockedUntil() != null
								&& old.blockedUntil().plus(window).isAfter(now)));
		Streak next = goesOn ? new Streak(old.failures() + 1, old.first(), now, old.blockedUntil())
				: new Streak(1, now, now, null);
		jdbc.sql("UPDATE sign_in_failure SET failures = :f, first_failure = :first, last_failure = :last WHERE throttle_key = :key")
			.param("f", next.failures())
			.param("first", Timestamp.from(next.first()))
			.param("last", Timestamp.from(next.last()))
			.param("key", key)
			.update();
		return next;
	}

	private Optional<Streak> streak(String key) {
		return jdbc.sql("SELECT failures, first_failure, last_failure, blocked_until FROM sign_in_failure WHERE throttle_key = :key")
			.param("key", key)
			.query((rs, n) -> streakOf(rs))
			.optional();
	}

	private static Streak streakOf(java.sql.ResultSet rs) throws java.sql.SQLException {
		Instant first = rs.getTimestamp(2).toInstant();
		Timestamp last = rs.getTimestamp(3);
		Timestamp blocked = rs.getTimestamp(4);
		return new Streak(rs.getInt(1), first, last == null ? first : last.toInstant(),
				blocked == null ? null : blocked.toInstant());
	}

	private static Problem tooMany(Duration wait) {
		return new Problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "problem.too-many-attempts.detail")
			.retryAfter(wait);
	}

	// E-mails are kept hashed: the table must not become a list of addresses that were tried.
	private static String who(String email) {
		return Secrets.sha256(email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
	}

	private static String accountKey(String email) {
		return "account:" + who(email);
	}

	private static String addressKey(String address) {
		return "address:" + (address == null ? "unknown" : address);
	}

	private static String pairKey(String email, String address) {
		return "pair:" + who(email) + "|" + (address == null ? "unknown" : address);
	}
}
