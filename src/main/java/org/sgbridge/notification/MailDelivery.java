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
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;

/**
 * Delivers queued mails over SMTP when a mail host is configured ({@code SGBRIDGE_SMTP_HOST});
 * without one, mail goes to the in-app mailbox (the row itself, marked sent) as it is written, and
 * no SMTP connection is ever tried. Mail to the demo data's people (the {@code sgbridge.demo}
 * domain, which no mail server serves) stays in the in-app mailbox even when a mail host is
 * configured.
 * <p>
 * A mail for SMTP is sent right after the change that wrote it commits, by a listener of its
 * {@link MailQueued} event from the event publication registry (a node that stops before the
 * listener has run sends it on restart). A mail is claimed before it is sent, for a lease: no two
 * listeners, passes or nodes send it twice. A failure puts it back with an exponential backoff, and
 * the retry pass ({@link #deliverDue}) sends it when it is due, as it does a mail whose claim's
 * lease ran out (its node stopped while sending it).
 */
@Service
public class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
	private static final Duration MAX_BACKOFF = Duration.ofHours(1);
	/** How long a claim keeps a mail from other senders; after it, a mail still SENDING is sent again. */
	static final Duration LEASE = Duration.ofMinutes(10);
	private static final int BATCH = 200;
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

	/** Sends a mail as soon as the change that queued it has committed (outside a transaction: no connection is held while SMTP answers). */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(MailQueued queued) {
		jdbc.sql("SELECT id, recipient, subject, body, attempts FROM mail_outbox WHERE id = :id")
			.param("id", queued.id())
			.query(Due.class)
			.optional()
			.filter(mail -> claim(mail.id()))
			.ifPresent(this::deliver);
	}

	/**
	 * Delivers what is due now (mails whose retry time has come, and mails whose claim's lease ran
	 * out), in batches until none is left; returns how many mails were sent.
	 */
	public int deliverDue() {
		int sent = 0;
		java.util.Set<String> tried = new java.util.HashSet<>();
		while (true) {
			List<Due> due = jdbc.sql("""
					SELECT id, recipient, subject, body, attempts FROM mail_outbox
					WHERE status IN ('QUEUED', 'SENDING') AND next_attempt_at <= :now ORDER BY next_attempt_at LIMIT :batch""")
				.param("now", Timestamp.from(clock.instant()))
				.param("batch", BATCH)
				.query(Due.class)
				.list();
			boolean progress = false;
			for (Due mail : due) {
				if (tried.add(mail.id()) && claim(mail.id())) {
					progress = true;
					sent += deliver(mail) ? 1 : 0;
				}
			}
			if (!progress || due.size() < BATCH) {
				return sent;
			}
		}
	}

	/** Claims a due mail for one sender, for {@link #LEASE}; false when another sender has it or it is not due. */
	private boolean claim(String id) {
		Instant now = clock.instant();
		return jdbc.sql("""
				UPDATE mail_outbox SET status = 'SENDING', next_attempt_at = :lease
				WHERE id = :id AND status IN ('QUEUED', 'SENDING') AND next_attempt_at <= :now""")
			.param("lease", Timestamp.from(now.plus(LEASE)))
			.param("now", Timestamp.from(now))
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

	/** A mail was written in the outbox for SMTP; it is sent once the change that wrote it commits. */
	public record MailQueued(String id) {
	}

	record Due(String id, String recipient, String subject, String body, int attempts) {
	}
}
