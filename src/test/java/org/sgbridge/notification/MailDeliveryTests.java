package org.sgbridge.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.sgbridge.platform.AdjustableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail goes through a real SMTP server (GreenMail), survives its outage, and is never sent twice. */
@SpringBootTest(classes = SgBridgeApplication.class)
class MailDeliveryTests {

	static final int PORT = freePort();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
	}

	@Autowired
	Mailbox mailbox;

	@Autowired
	MailDelivery delivery;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AdjustableClock clock;

	GreenMail smtp;

	@AfterEach
	void stop() {
		clock.setInstant(null);
		if (smtp != null) {
			smtp.stop();
		}
	}

	private void startSmtp() {
		smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	@Test
	void mailQueuedDuringAnOutageIsDeliveredOnceAfterRecovery() throws Exception {
		String to = "outage-" + System.nanoTime() + "@example.org";
		transactions.executeWithoutResult(t -> mailbox.queue(to, Locale.ENGLISH, "password-changed", "Amina"));

		// The SMTP server is down: the attempt fails and the mail waits.
		delivery.deliverDue();
		assertThat(mailbox.to(to, 10)).singleElement().satisfies(m -> {
			assertThat(m.status()).isEqualTo(Mailbox.Mail.Status.QUEUED);
			assertThat(m.attempts()).isEqualTo(1);
		});

		startSmtp();
		// Not before its backoff has passed...
		delivery.deliverDue();
		assertThat(smtp.getReceivedMessages()).isEmpty();
		// ...then delivered, once, however many passes follow.
		clock.setInstant(clock.instant().plus(Duration.ofMinutes(5)));
		delivery.deliverDue();
		delivery.deliverDue();
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(to);
		assertThat(GreenMailUtil.getBody(received[0])).contains("Amina");
		assertThat(mailbox.to(to, 10)).singleElement().satisfies(m -> {
			assertThat(m.status()).isEqualTo(Mailbox.Mail.Status.SENT);
			assertThat(m.attempts()).isEqualTo(2);
		});
	}

	@Test
	void withAMailServerMailWaitsForItsDeliveryAndTheMailboxNamesTheServer() {
		String to = "waiting-" + System.nanoTime() + "@example.org";
		transactions.executeWithoutResult(t -> mailbox.queue(to, Locale.ENGLISH, "password-changed", "Amina"));
		assertThat(mailbox.to(to, 10)).singleElement()
			.satisfies(m -> assertThat(m.status()).isEqualTo(Mailbox.Mail.Status.QUEUED));
		assertThat(delivery.smtpServer()).hasValue("127.0.0.1:" + PORT);
		// Delivered, so that it does not wait in the outbox of the next test.
		startSmtp();
		delivery.deliverDue();
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
	}

	@Test
	void mailToTheDemoDataStaysInTheAppWhenAMailServerIsConfigured() throws Exception {
		startSmtp();
		String demo = "demo-" + System.nanoTime() + MailDelivery.DEMO_DOMAIN;
		String real = "real-" + System.nanoTime() + "@example.org";
		transactions.executeWithoutResult(t -> {
			mailbox.queue(demo, Locale.ENGLISH, "password-changed", "Demo");
			mailbox.queue(real, Locale.ENGLISH, "password-changed", "Real");
		});
		delivery.deliverDue();
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		java.util.List<String> recipients = new java.util.ArrayList<>();
		for (MimeMessage m : smtp.getReceivedMessages()) {
			recipients.add(m.getAllRecipients()[0].toString());
		}
		assertThat(recipients).contains(real).doesNotContain(demo);
		assertThat(mailbox.to(demo, 10)).singleElement()
			.satisfies(m -> assertThat(m.status()).as("kept in the in-app mailbox").isEqualTo(Mailbox.Mail.Status.SENT));
	}

	@Test
	void mailIsWrittenInTheRecipientsLanguageAndRolledBackWithItsChange() throws Exception {
		startSmtp();
		String to = "arabic-" + System.nanoTime() + "@example.org";
		transactions.executeWithoutResult(t -> mailbox.queue(to, Locale.forLanguageTag("ar"), "password-changed", "أمينة"));
		String rolledBack = "rollback-" + System.nanoTime() + "@example.org";
		transactions.executeWithoutResult(t -> {
			mailbox.queue(rolledBack, Locale.ENGLISH, "password-changed", "Nobody");
			t.setRollbackOnly();
		});
		assertThat(mailbox.to(rolledBack, 10)).isEmpty();

		delivery.deliverDue();
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage message = smtp.getReceivedMessages()[0];
		assertThat(message.getSubject()).doesNotContain("password").containsPattern("\\p{InArabic}");
		assertThat(GreenMailUtil.getBody(message)).isNotEmpty();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
