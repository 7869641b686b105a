package org.sgbridge.account.internal;

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

/** Creates the administrator of {@code SGBRIDGE_ADMIN_EMAIL}/{@code _PASSWORD} when none exists. */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountManagement accounts;
	private final String email;
	private final String password;

	FirstAdministrator(AccountManagement accounts, @Value("${sgbridge.admin.email:}") String email,
			@Value("${sgbridge.admin.password:}") String password) {
		this.accounts = accounts;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (email.isBlank() || password.isBlank() || accounts.anyAdministrator()) {
			return;
		}
		accounts.createActive(email, password, "Administrator", Set.of(Actor.ADMIN), "en");
		log.info("Created the first administrator, {}", email);
	}
}
