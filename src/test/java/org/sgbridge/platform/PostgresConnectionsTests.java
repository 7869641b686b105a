package org.sgbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** On PostgreSQL, the application's connections run without just-in-time compilation. */
class PostgresConnectionsTests extends ApiTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void connectionsToPostgresqlCompileNoStatement() {
		String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
		assumeTrue(product.toLowerCase(java.util.Locale.ROOT).contains("postgres"), "runs on PostgreSQL only");
		assertThat(jdbc.queryForObject("SHOW jit", String.class)).isEqualTo("off");
	}
}
