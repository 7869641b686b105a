package org.sgbridge.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The operations endpoints: health for everyone (a load balancer), metrics for administrators only
 * (they list every route), and no account but SG Bridge's own (no generated default user).
 */
@ExtendWith(OutputCaptureExtension.class)
class OperationsEndpointTests extends ApiTest {

	@Autowired
	ApplicationContext context;

	@Test
	void metricsAreForAdministratorsOnly() {
		assertThat(api.get("/actuator/prometheus").status()).as("anonymous").isIn(401, 403);
		assertThat(api.get("/actuator/prometheus").body()).doesNotContain("http_server_requests");
		String secretariat = pilot.person("staff", Set.of("SECRETARIAT")).token();
		assertThat(api.bearer(secretariat).get("/actuator/prometheus").status()).isEqualTo(403);
		assertThat(api.bearer("not-a-token").get("/actuator/prometheus").status()).isEqualTo(401);

		var metrics = api.bearer(new TestAccounts(accounts, api).adminToken()).get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void healthAndReadinessAnswer200WithoutAMailServer() {
		var health = api.get("/actuator/health");
		assertThat(health.status()).as("%s", health).isEqualTo(200);
		assertThat(health.body()).contains("UP");
		assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
		assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
	}

	@Test
	void thereIsNoGeneratedDefaultUser(CapturedOutput output) {
		assertThat(context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
		assertThat(output.getAll()).doesNotContain("Using generated security password");
	}
}
