package org.sgbridge.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox. {@link #queue} writes a mail in the caller's transaction: if the change that causes
 * it rolls back, no mail exists. A mail for the in-app mailbox (no SMTP server configured, or a
 * demo account) is delivered there as it is written; one for SMTP is sent later, at most once.
 */
@Service
public class Mailbox {

	private final JdbcClient jdbc;
	private final MessageSource messages;
	private final Clock clock;
	private final MailDelivery delivery;
	private final org.springframework.context.ApplicationEventPublisher events;

	Mailbox(JdbcClient jdbc, MessageSource messages, Clock clock, MailDelivery delivery,
			org.springframework.context.ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
		this.delivery = delivery;
		this.events = events;
	}

	/**
	 * Queues the mail {@code template} (message keys {@code mail.<template>.subject} and
	 * {@code .body}) in the recipient's language, formatted with {@code args}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(String to, Locale locale, String template, Object... args) {
		String subject = messages.getMessage("mail." + template + ".subject", args, locale);
		String body = messages.getMessage("mail." + template + ".body", args, locale);
		Instant now = clock.instant();
		String recipient = to.toLowerCase(Locale.ROOT);
		boolean inApp = delivery.deliversInApp(recipient);
		String id = UUID.randomUUID().toString();
		jdbc.sql("""
				INSERT INTO mail_outbox (id, recipient, subject, body, locale, status, attempts, next_attempt_at, created_at, sent_at)
				VALUES (:id, :to, :subject, :body, :locale, :status, :attempts, :now, :now, :sent)""")
			.param("id", id)
			.param("to", recipient)
			.param("status", inApp ? "SENT" : "QUEUED")
			.param("attempts", inApp ? 1 : 0)
			.param("sent", inApp ? java.sql.Timestamp.from(now) : null)
			.param("subject", subject)
			.param("body", body)
			.param("locale", locale.getLanguage())
			.param("now", java.sql.Timestamp.from(now))
			.update();
		if (!inApp) {
			events.publishEvent(new MailDelivery.MailQueued(id));
		}
	}

	/** The mails sent to an address, newest first. */
	@Transactional(readOnly = true)
	public List<Mail> to(String address, int limit) {
		return jdbc.sql("""
				SELECT id, recipient, subject, body, status, created_at, sent_at, attempts FROM mail_outbox
				WHERE recipient = :to ORDER BY created_at DESC, id LIMIT :limit""")
			.param("to", address == null ? "" : address.trim().toLowerCase(Locale.ROOT))
			.param("limit", limit)
			.query(Mailbox::map)
			.list();
	}

	/**
	 * The mails of all recipients whose address or subject holds {@code text} (any case), of one
	 * status when given, newest first, one page at a time (the administrator's mailbox page).
	 */
	@Transactional(readOnly = true)
	public org.sgbridge.platform.web.ListResponse<Mail> search(String text, Mail.Status status,
			org.sgbridge.platform.web.ListResponse.Paging paging) {
		return page(null, text, status, paging);
	}

	/** The mails sent to one address (all when null), newest first, one page at a time (the API's mail). */
	@Transactional(readOnly = true)
	public org.sgbridge.platform.web.ListResponse<Mail> to(String address, org.sgbridge.platform.web.ListResponse.Paging paging) {
		return page(address == null || address.isBlank() ? null : address.trim().toLowerCase(Locale.ROOT), null, null, paging);
	}

	private org.sgbridge.platform.web.ListResponse<Mail> page(String recipient, String text, Mail.Status status,
			org.sgbridge.platform.web.ListResponse.Paging paging) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (recipient != null) {
			where.append(" AND recipient = :to");
			params.put("to", recipient);
		}
		if (text != null && !text.isBlank()) {
			where.append(" AND (LOWER(recipient) LIKE :q ESCAPE '\\' OR LOWER(subject) LIKE :q ESCAPE '\\')");
			params.put("q", org.sgbridge.platform.web.ListQuery.likePattern(text.strip()));
		}
		if (status != null) {
			where.append(" AND status = :status");
			params.put("status", status.name());
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM mail_outbox" + where).params(params).query(Long.class).single();
		params.put("limit", paging.size());
		params.put("offset", paging.offset());
		List<Mail> items = jdbc.sql("SELECT id, recipient, subject, body, status, created_at, sent_at, attempts FROM mail_outbox"
				+ where + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
			.params(params)
			.query(Mailbox::map)
			.list();
		return new org.sgbridge.platform.web.ListResponse<>(items, paging.page(), paging.size(), total);
	}

	private static Mail map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		java.sql.Timestamp sent = rs.getTimestamp("sent_at");
		return new Mail(rs.getString("id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
				Mail.Status.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				sent == null ? null : sent.toInstant(), rs.getInt("attempts"));
	}

	/** A mail as the outbox holds it. */
	public record Mail(String id, String to, String subject, String body, Status status, Instant createdAt,
			Instant sentAt, int attempts) {

		public enum Status {
			QUEUED, SENDING, SENT, FAILED
		}
	}
}
