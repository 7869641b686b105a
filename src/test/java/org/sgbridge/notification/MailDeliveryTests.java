package org.sgbridge.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail goes through a real SMTP server (GreenMail) right after its change commits, survives the
 * server's outage and a node that stops while sending, and is never sent twice.
 */
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

	@Autowired
	JdbcClient jdbc;

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
	void mailIsSentOnceRightAfterItsChangeCommitsWithoutWaitingForTheRetryPass() throws Exception {
		startSmtp();
		String to = "at-once-" + System.nanoTime() + "@example.org";
		transactions.executeWithoutResult(t -> mailbox.queue(to, Locale.ENGLISH, "password-changed", "Amina"));

		// No retry pass runs in the tests (its interval is an hour): the listener of the commit sends it.
		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		await().untilAsserted(() -> assertThat(mailbox.to(to, 10)).singleElement().satisfies(m -> {
			assertThat(m.status()).isEqualTo(Mailbox.Mail.Status.SENT);
			assertThat(m.attempts()).isEqualTo(1);
		}));
		assertThat(delivery.deliverDue()).as("nothing left to send").isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo(to);
	}

	@Test
	void mailQueuedDuringAnOutageIsDeliveredOnceAfterRecovery() throws Exception {
		String to = "outage-" + System.nanoTime() + "@example.org";
		transactions.executeWithoutResult(t -> mailbox.queue(to, Locale.ENGLISH, "password-changed", "Amina"));

		// The SMTP server is down: the attempt after commit fails and the mail waits.
		await().untilAsserted(() -> assertThat(mailbox.to(to, 10)).singleElement().satisfies(m -> {
			assertThat(m.status()).isEqualTo(Mailbox.Mail.Status.QUEUED);
			assertThat(m.attempts()).isEqualTo(1);
		}));

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
	void aMailLeftSendingByANodeThatStoppedIsSentOnceItsLeaseHasRunOut() throws Exception {
		String to = "stopped-" + System.nanoTime() + "@example.org";
		transactions.executeWithoutResult(t -> mailbox.queue(to, Locale.ENGLISH, "password-changed", "Amina"));
		await().untilAsserted(() -> assertThat(mailbox.to(to, 10)).singleElement()
			.satisfies(m -> assertThat(m.attempts()).isEqualTo(1)));
		// A node claimed it a moment ago, then stopped before it could say how the sending went.
		String id = mailbox.to(to, 10).get(0).id();
		jdbc.sql("UPDATE mail_outbox SET status = 'SENDING', next_attempt_at = :lease WHERE id = :id")
			.param("lease", java.sql.Timestamp.from(clock.instant().plus(MailDelivery.LEASE)))
			.param("id", id)
			.update();
		startSmtp();

		assertThat(delivery.deliverDue()).as("its claim still holds").isZero();
		clock.setInstant(clock.instant().plus(MailDelivery.LEASE).plusSeconds(1));
		assertThat(delivery.deliverDue()).isEqualTo(1);
		assertThat(delivery.deliverDue()).isZero();
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(mailbox.to(to, 10)).singleElement()
			.satisfies(m -> assertThat(m.status()).isEqualTo(Mailbox.Mail.Status.SENT));
	}

	@Test
	void aRushOfMailsIsSentOnceEach() throws Exception {
		startSmtp();
		String prefix = "rush-" + System.nanoTime() + "-";
		int count = 300;
		for (int i = 0; i < count; i += 50) {
			int from = i;
			transactions.executeWithoutResult(t -> {
				for (int j = from; j < from + 50; j++) {
					mailbox.queue(prefix + j + "@example.org", Locale.ENGLISH, "password-changed", "N" + j);
				}
			});
		}
		// Whatever the listeners have not sent yet, a pass does; none is sent twice.
		delivery.deliverDue();
		assertThat(smtp.waitForIncomingEmail(30_000, count)).isTrue();
		await().untilAsserted(() -> assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient LIKE :p AND status = 'SENT'")
			.param("p", prefix + "%").query(Integer.class).single()).isEqualTo(count));
		java.util.Map<String, Integer> perRecipient = new java.util.HashMap<>();
		for (MimeMessage m : smtp.getReceivedMessages()) {
			perRecipient.merge(m.getAllRecipients()[0].toString(), 1, Integer::sum);
		}
		assertThat(perRecipient).hasSize(count);
		assertThat(perRecipient.values()).containsOnly(1);
	}

	@Test
	void withAMailServerMailWaitsForItsDeliveryAndTheMailboxNamesTheServer() {
		String to = "waiting-" + System.nanoTime() + "@example.org";
		transactions.executeWithoutResult(t -> mailbox.queue(to, Locale.ENGLISH, "password-changed", "Amina"));
		await().untilAsserted(() -> assertThat(mailbox.to(to, 10)).singleElement()
			.satisfies(m -> assertThat(m.status()).isEqualTo(Mailbox.Mail.Status.QUEUED)));
		assertThat(delivery.smtpServer()).hasValue("127.0.0.1:" + PORT);
		// Delivered, so that it does not wait in the outbox of the next test.
		startSmtp();
		clock.setInstant(clock.instant().plus(Duration.ofMinutes(5)));
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

		assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("sent after commit, without a pass").isTrue();
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
