package org.sgbridge.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.sgbridge.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counted windows in the database, so that every node counts together: at most {@code limit} hits
 * per key in a window that starts with the first hit; beyond, 429 {@code too-many-attempts} with
 * {@code Retry-After} until the window ends. A row lock serialises the hits of one key.
 * (A token-bucket library such as Bucket4j would need its own state table and a backend per
 * database engine, H2 and PostgreSQL; a fixed window counted in one table does the same here.)
 */
@Component
class RateLimits {

	private final JdbcClient jdbc;
	private final Clock clock;

	RateLimits(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts one hit on the key, in its own transaction so that the caller's rollback keeps it, or
	 * refuses when the window already holds {@code limit} hits (a refused hit is not counted).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void hit(String key, int limit, Duration window, String detailKey) {
		Instant now = clock.instant();
		jdbc.sql("INSERT INTO rate_limit_window (limit_key, window_start, hits) VALUES (:k, :now, 0) ON CONFLICT DO NOTHING")
			.param("k", key)
			.param("now", Timestamp.from(now))
			.update();
		Object[] row = jdbc.sql("SELECT window_start, hits FROM rate_limit_window WHERE limit_key = :k FOR UPDATE")
			.param("k", key)
			.query((rs, n) -> new Object[] { rs.getTimestamp(1).toInstant(), rs.getInt(2) })
			.single();
		Instant start = (Instant) row[0];
		int hits = (int) row[1];
		if (!start.plus(window).isAfter(now) || start.isAfter(now)) {
			start = now;
			hits = 0;
		}
		if (hits >= limit) {
			throw new Problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", detailKey)
				.retryAfter(Duration.between(now, start.plus(window)));
		}
		jdbc.sql("UPDATE rate_limit_window SET window_start = :start, hits = :hits WHERE limit_key = :k")
			.param("start", Timestamp.from(start))
			.param("hits", hits + 1)
			.param("k", key)
			.update();
		if (ThreadLocalRandom.current().nextInt(200) == 0) {
			// Now and then, forget windows long over (the keys are hashed e-mails and addresses).
			jdbc.sql("DELETE FROM rate_limit_window WHERE window_start < :old")
				.param("old", Timestamp.from(now.minus(Duration.ofDays(2))))
				.update();
		}
	}
}
