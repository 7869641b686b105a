package org.sgbridge.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Flags of this installation, kept in the database so that every node sees them. */
@Component
public class InstallationFlags {

	public static final String DEMO_DATA = "demo-data";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ConcurrentHashMap<String, Boolean> cache = new ConcurrentHashMap<>();

	InstallationFlags(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public boolean isSet(String name) {
		return cache.computeIfAbsent(name, n -> jdbc.sql("SELECT COUNT(*) FROM installation_flag WHERE name = :n")
			.param("n", n)
			.query(Integer.class)
			.single() > 0);
	}

	public void set(String name) {
		if (!isSet(name)) {
			jdbc.sql("INSERT INTO installation_flag (name, flag_value, changed_at) VALUES (:n, 'true', :at)")
				.param("n", name)
				.param("at", Timestamp.from(clock.instant()))
				.update();
		}
		cache.put(name, true);
	}
}
