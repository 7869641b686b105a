package org.sgbridge.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test context at its database: PostgreSQL when {@code SGBRIDGE_TEST_DB=postgres}
 * (as {@code .ci/run} sets; a missing server then fails the run), otherwise a fresh in-memory H2
 * in PostgreSQL mode, which the log says. A context started with {@code sgbridge.test.as-installed=true}
 * is left as an installation would run it.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Logger log = LoggerFactory.getLogger(TestDatabaseInitializer.class);
	private static volatile boolean announced;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (context.getEnvironment().getProperty("sgbridge.test.as-installed", Boolean.class, false)) {
			return;
		}
		Map<String, Object> props = new HashMap<>();
		if (usesPostgres()) {
			props.put("spring.datasource.url", System.getenv().getOrDefault("SGBRIDGE_TEST_DB_URL",
					"jdbc:postgresql://127.0.0.1:5432/sgbridge_test"));
			props.put("spring.datasource.username", System.getenv().getOrDefault("SGBRIDGE_TEST_DB_USER", "postgres"));
			props.put("spring.datasource.password", System.getenv().getOrDefault("SGBRIDGE_TEST_DB_PASSWORD", ""));
			// The test contexts kept in Spring's cache each hold a pool: idle, they keep one connection
			// (not ten), so a run stays far below the server's max_connections.
			props.put("spring.datasource.hikari.minimum-idle", "1");
			props.put("spring.datasource.hikari.idle-timeout", "15000");
			announce("Tests run on PostgreSQL ({})", props.get("spring.datasource.url"));
		}
		else {
			props.put("spring.datasource.url", "jdbc:h2:mem:test-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
			props.put("spring.datasource.username", "sa");
			props.put("spring.datasource.password", "");
			announce("SGBRIDGE_TEST_DB is not 'postgres': tests run on an in-memory H2 database (PostgreSQL mode)", null);
		}
		props.putIfAbsent("sgbridge.demo.enabled", "false");
		props.put("sgbridge.mail.delivery-interval", "PT1H");
		// Every test calls from 127.0.0.1, so the limits per address would be shared by the whole run;
		// a context started with sgbridge.test.default-limits=true keeps them, to test them.
		if (!context.getEnvironment().getProperty("sgbridge.test.default-limits", Boolean.class, false)) {
			props.put("sgbridge.limits.sign-ups-per-address", "100000");
			props.put("sgbridge.limits.password-resets-per-address", "100000");
		}
		props.putIfAbsent("sgbridge.files.path", "target/test-files/" + UUID.randomUUID());
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sgbridge-test-database", props));
	}

	public static boolean usesPostgres() {
		return "postgres".equalsIgnoreCase(System.getenv("SGBRIDGE_TEST_DB"));
	}

	private static void announce(String message, Object arg) {
		if (!announced) {
			announced = true;
			log.warn(message, arg);
		}
	}
}
