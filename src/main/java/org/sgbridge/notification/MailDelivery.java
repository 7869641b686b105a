package org.sgbridge.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Delivers queued mails over SMTP when a mail host is configured ({@code SGBRIDGE_SMTP_HOST});
 * without one, mail goes to the in-app mailbox (the row itself, marked sent) as it is written, and
 * no SMTP connection is ever tried. A mail is claimed before it is sent, so no two passes or nodes
 * send it twice; a failure puts it back with an exponential backoff. Mail to the demo data's
 * people (the {@code sgbridge.demo} domain, which no mail server serves) stays in the in-app
 * mailbox even when a mail host is configured.
 */
@Service
public class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
	private static final Duration MAX_BACKOFF = Duration.ofHours(1);
	static final String DEMO_DOMAIN = "@sgbridge.demo";

	private final JdbcClient jdbc;
	private final ObjectProvider<JavaMailSender> smtp;
	private final Clock clock;
	private final String from;
	private final Duration retryBase;
	private final int maxAttempts;

	MailDelivery(JdbcClient jdbc, ObjectProvider<JavaMailSender> smtp, Clock clock,
			@Value("${sgbridge.mail.from}") String from, @Value("${sgbridge.mail.retry-base}") Duration retryBase,
			@Value("${sgbridge.mail.max-attempts}") int maxAttempts) {
		this.jdbc = jdbc;
		this.smtp = smtp;
		this.clock = clock;
		this.from = from;
		this.retryBase = retryBase;
		this.maxAttempts = maxAttempts;
	}

	/** Whether mail to this recipient is delivered to the in-app mailbox (no SMTP server, or a demo account). */
	public boolean deliversInApp(String recipient) {
		return smtp.getIfAvailable() == null || recipient.toLowerCase(java.util.Locale.ROOT).endsWith(DEMO_DOMAIN);
	}

	/** The SMTP server mail goes through ({@code host:port}), or empty when mail stays in the app. */
	public java.util.Optional<String> smtpServer() {
		return java.util.Optional.ofNullable(smtp.getIfAvailable())
			.map(s -> s instanceof org.springframework.mail.javamail.JavaMailSenderImpl impl
					? impl.getHost() + ":" + impl.getPort() : "SMTP");
	}

	@Scheduled(fixedDelayString = "${sgbridge.mail.delivery-interval}", initialDelayString = "${sgbridge.mail.delivery-interval}")
	@SchedulerLock(name = "mail-delivery", lockAtMostFor = "PT10M")
	public void scheduled() {
		deliverDue();
	}

	/** Delivers what is due now; returns how many mails were sent. */
	public int deliverDue() {
		Instant now = clock.instant();
		List<Due> due = jdbc.sql("""
				SELECT id, recipient, subject, body, attempts FROM mail_outbox
				WHERE status = 'QUEUED' AND next_attempt_at <= :now ORDER BY created_at LIMIT 100""")
			.param("now", Timestamp.from(now))
			.query(Due.class)
			.list();
		int sent = 0;
		for (Due mail : due) {
			if (claim(mail.id())) {
				sent += deliver(mail) ? 1 : 0;
			}
		}
		return sent;
	}

	private boolean claim(String id) {
		return jdbc.sql("UPDATE mail_outbox SET status = 'SENDING' WHERE id = :id AND status = 'QUEUED'")
			.param("id", id)
			.update() == 1;
	}

	private boolean deliver(Due mail) {
		int attempt = mail.attempts() + 1;
		try {
			JavaMailSender sender = smtp.getIfAvailable();
			if (sender != null && !mail.recipient().toLowerCase(java.util.Locale.ROOT).endsWith(DEMO_DOMAIN)) {
				MimeMessage message = sender.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
				helper.setFrom(new InternetAddress(from));
				helper.setTo(mail.recipient());
				helper.setSubject(mail.subject());
				helper.setText(mail.body());
				sender.send(message);
			}
			jdbc.sql("UPDATE mail_outbox SET status = 'SENT', attempts = :attempt, sent_at = :now, last_error = NULL WHERE id = :id")
				.param("attempt", attempt)
				.param("now", Timestamp.from(clock.instant()))
				.param("id", mail.id())
				.update();
			return true;
		}
		catch (Exception e) {
			boolean giveUp = attempt >= maxAttempts;
			Duration backoff = retryBase.multipliedBy(1L << Math.min(attempt - 1, 20));
			if (backoff.compareTo(MAX_BACKOFF) > 0) {
				backoff = MAX_BACKOFF;
			}
			log.warn("Mail {} to {} failed (attempt {}): {}", mail.id(), mail.recipient(), attempt, e.getMessage());
			jdbc.sql("""
					UPDATE mail_outbox SET status = :status, attempts = :attempt, next_attempt_at = :next, last_error = :error
					WHERE id = :id""")
				.param("status", giveUp ? "FAILED" : "QUEUED")
				.param("attempt", attempt)
				.param("next", Timestamp.from(clock.instant().plus(backoff)))
				.param("error", String.valueOf(e.getMessage()).substring(0, Math.min(900, String.valueOf(e.getMessage()).length())))
				.param("id", mail.id())
				.update();
			return false;
		}
	}

	record Due(String id, String recipient, String subject, String body, int attempts) {
	}
}
