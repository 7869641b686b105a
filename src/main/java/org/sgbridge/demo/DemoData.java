package org.sgbridge.demo;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.platform.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo: on by default with the embedded database, off on PostgreSQL, and only into a
 * database that has no account yet. The password of the demo accounts is
 * {@code SGBRIDGE_DEMO_PASSWORD}, or one generated now and printed once.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/** The demo accounts, listed in the README. */
	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("admin@sgbridge.demo", "Demo Administrator", Set.of(Actor.ADMIN)),
			new DemoAccount("secretariat@sgbridge.demo", "Demo Secretariat (TSB)", Set.of(Actor.SECRETARIAT)),
			new DemoAccount("participant@sgbridge.demo", "Demo Participant", Set.of()));

	private final AccountManagement accounts;
	private final boolean enabled;
	private final String password;

	DemoData(AccountManagement accounts, @Value("${sgbridge.demo.enabled:}") String enabled,
			@Value("${spring.datasource.url:}") String url, @Value("${sgbridge.demo.password:}") String password) {
		this.accounts = accounts;
		this.enabled = enabled.isBlank() ? url.startsWith("jdbc:h2:") : Boolean.parseBoolean(enabled);
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || !accounts.all().isEmpty()) {
			return;
		}
		String chosen = password.isBlank() ? generated() : password;
		for (DemoAccount demo : ACCOUNTS) {
			accounts.createActive(demo.email(), chosen, demo.name(), demo.roles(), "en");
		}
		log.warn("Demo data loaded. Demo accounts {} {}", ACCOUNTS.stream().map(DemoAccount::email).toList(),
				password.isBlank() ? "have the generated password: " + chosen : "use SGBRIDGE_DEMO_PASSWORD");
	}

	private static String generated() {
		String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder out = new StringBuilder("demo-");
		for (int i = 0; i < 16; i++) {
			out.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return out.toString();
	}

	record DemoAccount(String email, String name, Set<String> roles) {
	}
}
