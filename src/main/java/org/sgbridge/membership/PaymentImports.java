package org.sgbridge.membership;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments from the bank: the secretariat imports a camt.054 notification, and each credit is
 * matched to its invoice by QR reference. One file is one transaction (a file that is refused
 * leaves nothing behind) and imports are taken one at a time (a lock row), so that the bank's
 * reference of each credit, unique in the table, pays nothing twice even when the same file is
 * imported twice at once. A credit of the invoice's exact amount in CHF on an open invoice is
 * booked (the invoice {@code PAID} on the bank's booking date, {@link InvoicePaid} published);
 * any other is kept {@code UNMATCHED} with all its data, for the secretariat to assign to an
 * invoice or to mark for refund.
 */
@Service
@Transactional
@org.springframework.modulith.NamedInterface("api")
public class PaymentImports {

	/** The largest file taken (a month of a busy account is well under a megabyte). */
	static final int FILE_LIMIT = 10 * 1024 * 1024;

	private final JdbcClient jdbc;
	private final Invoices invoices;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PaymentImports(JdbcClient jdbc, Invoices invoices, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.invoices = invoices;
		this.events = events;
		this.clock = clock;
	}

	/** What an import did, counted per credit transaction. */
	public record Result(String id, int entries, int matched, int alreadyImported, int unmatched) {
	}

	/** A file imported: its name if given, its SHA-256, its counts, who and when. */
	public record Import(String id, String fileName, String sha256, String message, int entries, int matched,
			int alreadyImported, int unmatched, Instant importedAt, String importedBy) {
	}

	public enum Status {
		/** Paid its invoice when imported. */
		BOOKED,
		/** Waiting for the secretariat. */
		UNMATCHED,
		/** Assigned by the secretariat to an invoice, which it paid. */
		ASSIGNED,
		/** Marked by the secretariat to be paid back. */
		REFUND
	}

	/** Why a payment was not booked when imported. */
	public enum Reason {
		UNKNOWN_REFERENCE, AMOUNT_DIFFERS, CURRENCY, INVOICE_NOT_OPEN
	}

	/** A credit from the bank, with everything the file said of it. */
	public record Payment(String id, String importId, BigDecimal amount, String currency, String reference,
			String debtorName, LocalDate bookedOn, String accountServicerReference, Status status, Reason reason,
			String invoiceId) {
	}

	/**
	 * Imports a camt.054 notification (secretariat only): 400 {@code invalid-payment-file} for a file
	 * that is not one of versions 001.04 to 001.08, with nothing kept; 413 over {@link #FILE_LIMIT}.
	 */
	public Result importFile(Actor actor, String fileName, byte[] file) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		if (file != null && file.length > FILE_LIMIT) {
			throw new Problem(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "problem.file-too-large.detail");
		}
		String sha256 = sha256(file == null ? new byte[0] : file);
		CamtNotifications.Notification notification = CamtNotifications.read(file, sha256);
		Act act = Act.ofStaff(actor, clock);
		LocalDate today = LocalDate.ofInstant(act.at(), ZoneOffset.UTC);
		// one import at a time, to the end of this transaction
		jdbc.sql("SELECT id FROM payment_import_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
		String importId = UUID.randomUUID().toString();
		String name = fileName == null || fileName.isBlank() ? null : fileName.strip();
		if (name != null && name.length() > 255) {
			name = name.substring(name.length() - 255);
		}
		jdbc.sql("""
				INSERT INTO payment_import (id, file_name, sha256, message, entries, matched, already_imported, unmatched,
				    imported_at, imported_by)
				VALUES (:id, :name, :sha, :message, 0, 0, 0, 0, :at, :by)""")
			.param("id", importId).param("name", name).param("sha", sha256).param("message", notification.message())
			.param("at", Timestamp.from(act.at())).param("by", actor.accountId())
			.update();
		int matched = 0;
		int already = 0;
		int unmatched = 0;
		for (CamtNotifications.Credit credit : notification.credits()) {
			boolean known = jdbc.sql("SELECT COUNT(*) FROM payment WHERE bank_reference = :r")
				.param("r", credit.bankReference()).query(Long.class).single() > 0;
			if (known) {
				already++;
				continue;
			}
			LocalDate booked = credit.bookedOn() == null ? today : credit.bookedOn();
			Optional<Invoice> invoice = credit.reference() == null ? Optional.empty()
					: invoices.lockedByReference(credit.reference());
			Reason reason = invoice.isEmpty() ? Reason.UNKNOWN_REFERENCE
					: !Invoices.CURRENCY.equals(credit.currency()) ? Reason.CURRENCY
							: invoice.get().status() != Invoice.Status.OPEN ? Reason.INVOICE_NOT_OPEN
									: credit.amount().compareTo(invoice.get().amount()) != 0 ? Reason.AMOUNT_DIFFERS : null;
			Status status = reason == null ? Status.BOOKED : Status.UNMATCHED;
			jdbc.sql("""
					INSERT INTO payment (id, import_id, bank_reference, acct_svcr_ref, entry_ref, amount, currency, reference,
					    debtor_name, booked_on, status, reason, invoice_id)
					VALUES (:id, :import, :bank, :acct, :entry, :amount, :currency, :reference, :debtor, :booked, :status,
					    :reason, :invoice)""")
				.param("id", UUID.randomUUID().toString()).param("import", importId).param("bank", credit.bankReference())
				.param("acct", credit.acctSvcrRef()).param("entry", credit.entryRef()).param("amount", credit.amount())
				.param("currency", credit.currency()).param("reference", credit.reference())
				.param("debtor", credit.debtorName()).param("booked", Date.valueOf(booked)).param("status", status.name())
				.param("reason", reason == null ? null : reason.name())
				.param("invoice", invoice.map(Invoice::id).orElse(null))
				.update();
			if (reason == null) {
				invoices.book(invoice.get(), credit.amount(), booked, act);
				matched++;
			}
			else {
				unmatched++;
			}
		}
		int entries = notification.credits().size();
		jdbc.sql("""
				UPDATE payment_import SET entries = :e, matched = :m, already_imported = :a, unmatched = :u WHERE id = :id""")
			.param("e", entries).param("m", matched).param("a", already).param("u", unmatched).param("id", importId)
			.update();
		events.publishEvent(new PaymentEvent(importId, "PAYMENT_FILE_IMPORTED", "PAYMENT_IMPORT", act));
		return new Result(importId, entries, matched, already, unmatched);
	}

	static String sha256(byte[] file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static final String SELECT = """
			SELECT id, import_id, amount, currency, reference, debtor_name, booked_on, acct_svcr_ref, status, reason, invoice_id
			FROM payment""";

	private static Payment map(ResultSet rs, int n) throws SQLException {
		String reason = rs.getString("reason");
		return new Payment(rs.getString("id"), rs.getString("import_id"), rs.getBigDecimal("amount").stripTrailingZeros(),
				rs.getString("currency"), rs.getString("reference"), rs.getString("debtor_name"),
				rs.getDate("booked_on").toLocalDate(), rs.getString("acct_svcr_ref"), Status.valueOf(rs.getString("status")),
				reason == null ? null : Reason.valueOf(reason), rs.getString("invoice_id"));
	}

	/** The payments of an import, in the order of the file (for the secretariat's checks and tests). */
	@Transactional(readOnly = true)
	public List<Payment> ofImport(Actor actor, String importId) {
		requireSecretariat(actor);
		return jdbc.sql(SELECT + " WHERE import_id = :i ORDER BY bank_reference").param("i", importId)
			.query(PaymentImports::map).list();
	}

	/** A payment (secretariat only). */
	@Transactional(readOnly = true)
	public Optional<Payment> find(Actor actor, String id) {
		requireSecretariat(actor);
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(PaymentImports::map).optional();
	}

	/** The payments waiting for the secretariat ({@code UNMATCHED}) or marked for refund ({@code REFUND}), oldest first. */
	@Transactional(readOnly = true)
	public ListResponse<Payment> parked(Actor actor, Status status, ListResponse.Paging paging) {
		requireSecretariat(actor);
		Status wanted = status == null ? Status.UNMATCHED : status;
		long total = jdbc.sql("SELECT COUNT(*) FROM payment WHERE status = :s").param("s", wanted.name())
			.query(Long.class).single();
		List<Payment> items = jdbc.sql(SELECT + " WHERE status = :s ORDER BY booked_on, id LIMIT :limit OFFSET :offset")
			.param("s", wanted.name()).param("limit", paging.size()).param("offset", paging.offset())
			.query(PaymentImports::map).list();
		return new ListResponse<>(items, paging.page(), paging.size(), total);
	}

	/** The imports, newest first. */
	@Transactional(readOnly = true)
	public ListResponse<Import> imports(Actor actor, ListResponse.Paging paging) {
		requireSecretariat(actor);
		long total = jdbc.sql("SELECT COUNT(*) FROM payment_import").query(Long.class).single();
		List<Import> items = jdbc.sql("""
				SELECT id, file_name, sha256, message, entries, matched, already_imported, unmatched, imported_at, imported_by
				FROM payment_import ORDER BY imported_at DESC, id LIMIT :limit OFFSET :offset""")
			.param("limit", paging.size()).param("offset", paging.offset())
			.query((rs, n) -> new Import(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getTimestamp(9).toInstant(), rs.getString(10)))
			.list();
		return new ListResponse<>(items, paging.page(), paging.size(), total);
	}

	/**
	 * The secretariat assigns a parked payment to an invoice, which it pays if it is open and of the
	 * payment's exact amount in CHF: 422 {@code payment-currency-differs}, {@code invoice-not-open} or
	 * {@code payment-amount-differs} otherwise; 400 naming {@code invoiceId} for a missing or unknown
	 * invoice; 404 for an unknown payment; 409 {@code already-decided} for one no longer parked.
	 */
	public Payment assign(Actor actor, String paymentId, String invoiceId) {
		requireSecretariat(actor);
		Payment payment = locked(paymentId).orElseThrow(Problem::notFound);
		if (payment.status() != Status.UNMATCHED) {
			throw Problem.conflict("already-decided");
		}
		if (invoiceId == null || invoiceId.isBlank()) {
			throw Problem.invalidField("invoiceId", "validation.NotBlank");
		}
		Invoice invoice = invoices.locked(invoiceId.strip())
			.orElseThrow(() -> Problem.invalidField("invoiceId", "validation.invoice"));
		if (!Invoices.CURRENCY.equals(payment.currency())) {
			throw Problem.rule("payment-currency-differs");
		}
		if (invoice.status() != Invoice.Status.OPEN) {
			throw Problem.rule("invoice-not-open");
		}
		if (payment.amount().compareTo(invoice.amount()) != 0) {
			throw Problem.rule("payment-amount-differs");
		}
		Act act = Act.ofStaff(actor, clock);
		decide(payment, Status.ASSIGNED, invoice.id(), act);
		invoices.book(invoice, payment.amount(), payment.bookedOn(), act);
		events.publishEvent(new PaymentEvent(payment.id(), "PAYMENT_ASSIGNED", "PAYMENT", act));
		return locked(paymentId).orElseThrow();
	}

	/** The secretariat marks a parked payment for refund; 404 unknown, 409 {@code already-decided} if no longer parked. */
	public Payment refund(Actor actor, String paymentId) {
		requireSecretariat(actor);
		Payment payment = locked(paymentId).orElseThrow(Problem::notFound);
		if (payment.status() != Status.UNMATCHED) {
			throw Problem.conflict("already-decided");
		}
		Act act = Act.ofStaff(actor, clock);
		decide(payment, Status.REFUND, payment.invoiceId(), act);
		events.publishEvent(new PaymentEvent(payment.id(), "PAYMENT_REFUND_MARKED", "PAYMENT", act));
		return locked(paymentId).orElseThrow();
	}

	private void decide(Payment payment, Status status, String invoiceId, Act act) {
		jdbc.sql("""
				UPDATE payment SET status = :s, invoice_id = :i, decided_at = :at, decided_by = :by WHERE id = :id""")
			.param("s", status.name()).param("i", invoiceId).param("at", Timestamp.from(act.at()))
			.param("by", act.actorId()).param("id", payment.id())
			.update();
	}

	private Optional<Payment> locked(String id) {
		return jdbc.sql(SELECT + " WHERE id = :id FOR UPDATE").param("id", id).query(PaymentImports::map).optional();
	}

	private static void requireSecretariat(Actor actor) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
	}
}
