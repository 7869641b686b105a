package org.sgbridge.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Without {@code SGBRIDGE_SMTP_HOST}, mail is delivered to the in-app mailbox when it is written:
 * no SMTP connection is tried, nothing waits for a delivery pass. Links in mail lead to the port
 * the server listens on when {@code SGBRIDGE_BASE_URL} is not set.
 */
class InAppMailTests extends ApiTest {

	@Autowired
	ApplicationContext context;

	@Test
	void withoutAnSmtpHostMailIsDeliveredToTheMailboxAtOnce() {
		assertThat(context.getBeanNamesForType(JavaMailSender.class)).as("no SMTP client").isEmpty();
		String email = TestAccounts.uniqueEmail("in-app");
		assertThat(api.post("/api/v1/accounts", Map.of("email", email, "password", TestAccounts.PASSWORD, "name", "In App",
				"locale", "en")).status()).isEqualTo(201);
		// No delivery pass has run (the tests' interval is an hour): the mail is delivered already.
		assertThat(mailbox.to(email, 10)).singleElement().satisfies(m -> {
			assertThat(m.status()).isEqualTo(Mailbox.Mail.Status.SENT);
			assertThat(m.sentAt()).isNotNull();
		});
	}

	@Test
	void aMailsLinkLeadsToTheServersPortWhenNoBaseUrlIsSet() {
		String email = TestAccounts.uniqueEmail("link");
		api.post("/api/v1/accounts", Map.of("email", email, "password", TestAccounts.PASSWORD, "name", "Link", "locale", "en"));
		assertThat(mailbox.to(email, 10)).singleElement()
			.satisfies(m -> assertThat(m.body()).contains("http://localhost:" + port + "/verify?token="));
	}
}
