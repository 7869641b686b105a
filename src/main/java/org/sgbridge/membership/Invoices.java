package org.sgbridge.membership;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import net.codecrete.qrbill.generator.Payments;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.ListQuery;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices in CHF and their credit notes. An invoice takes the next number of its year of issue
 * ({@code YYYY-NNNNNN}) from a counter row that its own transaction updates, and so locks: numbers
 * have no gaps (a transaction that rolls back gives its number back) and no duplicates (a second
 * transaction waits for the first). Its Swiss QR reference is made from the year and number, with
 * the check digit of the qrbill library. A credit note ({@code CN-YYYY-NNNNNN}, its own counter)
 * cancels an open invoice or refunds a paid one. Other modules' slices issue and cancel invoices
 * here and listen to {@link InvoicePaid}; who may see an invoice is decided here too: the
 * secretariat, and the members of the organisation it is addressed to (others: 404).
 */
@NamedInterface("api")
@Service
@Transactional
public class Invoices {

	static final String CURRENCY = "CHF";
	static final BigDecimal LARGEST = new BigDecimal("999999999999.99");
	static final int DESCRIPTION_LIMIT = 500;
	private static final String INVOICES = "IN";
	private static final String CREDIT_NOTES = "CN";

	private final JdbcClient jdbc;
	private final OrganizationDirectory directory;
	private final ApplicationEventPublisher events;

	Invoices(JdbcClient jdbc, OrganizationDirectory directory, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.events = events;
	}

	/** A credit note: it cancelled ({@code CANCELLED}) or refunded ({@code REFUNDED}) its invoice. */
	public record CreditNote(String id, String number, String invoiceId, Invoice.Status kind, BigDecimal amount,
			String reason, LocalDate issuedOn) {
	}

	/**
	 * Issues an invoice of {@code amount} CHF (above 0, at most two decimals) to an organisation, for
	 * a membership or a meeting registration ({@code subjectId}), dated the day of {@code act} (UTC)
	 * and due on {@code dueOn} (that day or later): 400 naming the field otherwise. The caller decides
	 * who may cause it.
	 */
	public Invoice issue(String organizationId, Invoice.Purpose purpose, String subjectId, String description,
			BigDecimal amount, LocalDate dueOn, Act act) {
		LocalDate issuedOn = LocalDate.ofInstant(act.at(), ZoneOffset.UTC);
		List<Problem.FieldProblem> problems = new ArrayList<>();
		if (organizationId == null || directory.find(organizationId).isEmpty()) {
			problems.add(new Problem.FieldProblem("organizationId", "validation.organization"));
		}
		if (purpose == null) {
			problems.add(new Problem.FieldProblem("purpose", "validation.NotNull"));
		}
		if (subjectId == null || subjectId.isBlank()) {
			problems.add(new Problem.FieldProblem("subjectId", "validation.NotBlank"));
		}
		else if (subjectId.length() > 36) {
			problems.add(new Problem.FieldProblem("subjectId", "validation.maxLength", 36));
		}
		if (description == null || description.isBlank()) {
			problems.add(new Problem.FieldProblem("description", "validation.NotBlank"));
		}
		else if (description.strip().length() > DESCRIPTION_LIMIT) {
			problems.add(new Problem.FieldProblem("description", "validation.maxLength", DESCRIPTION_LIMIT));
		}
		if (amount == null) {
			problems.add(new Problem.FieldProblem("amount", "validation.NotNull"));
		}
		else if (!validAmount(amount)) {
			problems.add(new Problem.FieldProblem("amount", "validation.amount"));
		}
		if (dueOn == null || dueOn.isBefore(issuedOn)) {
			problems.add(new Problem.FieldProblem("dueOn", "validation.dueOn"));
		}
		if (!problems.isEmpty()) {
			throw Problem.invalidInput(problems);
		}
		int year = issuedOn.getYear();
		int seq = next(INVOICES, year);
		String id = UUID.randomUUID().toString();
		String number = String.format("%04d-%06d", year, seq);
		String reference = reference(year, seq);
		BigDecimal money = amount.setScale(2);
		jdbc.sql("""
				INSERT INTO invoice (id, number, issue_year, seq, organization_id, purpose, subject_id, description, amount,
				    currency, status, reference, issued_on, due_on, issued_at, issued_by)
				VALUES (:id, :number, :year, :seq, :org, :purpose, :subject, :description, :amount,
				    :currency, 'OPEN', :reference, :issuedOn, :dueOn, :at, :by)""")
			.param("id", id).param("number", number).param("year", year).param("seq", seq)
			.param("org", organizationId).param("purpose", purpose.name()).param("subject", subjectId)
			.param("description", description.strip()).param("amount", money).param("currency", CURRENCY)
			.param("reference", reference).param("issuedOn", Date.valueOf(issuedOn)).param("dueOn", Date.valueOf(dueOn))
			.param("at", Timestamp.from(act.at())).param("by", act.actorId())
			.update();
		events.publishEvent(new InvoiceIssued(id, number, organizationId, purpose, subjectId, money, act));
		return new Invoice(id, number, organizationId, purpose, subjectId, description.strip(), money, CURRENCY,
				Invoice.Status.OPEN, reference, issuedOn, dueOn, null, null);
	}

	/**
	 * The Swiss QR reference of an invoice: its year and number (10 digits), padded with zeros to 26
	 * digits, and the modulo-10 recursive check digit, as the qrbill library makes it.
	 */
	static String reference(int year, int seq) {
		String reference = Payments.createQRReference(String.format("%04d%06d", year, seq));
		if (!Payments.isValidQRReference(reference) || reference.length() != 27) {
			throw new IllegalStateException("Not a QR reference: " + reference);
		}
		return reference;
	}

	static boolean validAmount(BigDecimal amount) {
		return amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2 && amount.compareTo(LARGEST) <= 0;
	}

	/**
	 * The next number of a series in a year: the counter row is updated first, and so locked until
	 * this transaction ends. The year's first number creates the row; a transaction racing to create
	 * it too does nothing and updates the row once the first commits.
	 */
	private int next(String series, int year) {
		if (bump(series, year) == 0) {
			int created = jdbc.sql("""
					INSERT INTO invoice_counter (series, issue_year, last_number) VALUES (:s, :y, 1) ON CONFLICT DO NOTHING""")
				.param("s", series).param("y", year).update();
			if (created == 1) {
				return 1;
			}
			if (bump(series, year) == 0) {
				throw new IllegalStateException("No counter " + series + " " + year);
			}
		}
		int number = jdbc.sql("SELECT last_number FROM invoice_counter WHERE series = :s AND issue_year = :y")
			.param("s", series).param("y", year).query(Integer.class).single();
		if (number > 999999) {
			throw new IllegalStateException("The numbers of " + year + " are used up");
		}
		return number;
	}

	private int bump(String series, int year) {
		return jdbc.sql("UPDATE invoice_counter SET last_number = last_number + 1 WHERE series = :s AND issue_year = :y")
			.param("s", series).param("y", year).update();
	}

	private static final String SELECT = """
			SELECT id, number, organization_id, purpose, subject_id, description, amount, currency, status, reference,
			       issued_on, due_on, paid_amount, paid_on
			FROM invoice""";

	static Invoice map(ResultSet rs, int n) throws SQLException {
		Date paidOn = rs.getDate("paid_on");
		return new Invoice(rs.getString("id"), rs.getString("number"), rs.getString("organization_id"),
				Invoice.Purpose.valueOf(rs.getString("purpose")), rs.getString("subject_id"), rs.getString("description"),
				rs.getBigDecimal("amount"), rs.getString("currency"), Invoice.Status.valueOf(rs.getString("status")),
				rs.getString("reference"), rs.getDate("issued_on").toLocalDate(), rs.getDate("due_on").toLocalDate(),
				rs.getBigDecimal("paid_amount"), paidOn == null ? null : paidOn.toLocalDate());
	}

	/** The invoice, whoever asks (for other slices and for the service's own rules). */
	@Transactional(readOnly = true)
	public Optional<Invoice> find(String id) {
		if (id == null) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(Invoices::map).optional();
	}

	/** The invoice of a number ({@code YYYY-NNNNNN}), whoever asks. */
	@Transactional(readOnly = true)
	public Optional<Invoice> findByNumber(String number) {
		if (number == null || number.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " WHERE number = :n").param("n", number.strip()).query(Invoices::map).optional();
	}

	/** The invoices of a membership or a registration, newest first. */
	@Transactional(readOnly = true)
	public List<Invoice> of(Invoice.Purpose purpose, String subjectId) {
		return jdbc.sql(SELECT + " WHERE purpose = :p AND subject_id = :s ORDER BY issue_year DESC, seq DESC")
			.param("p", purpose.name()).param("s", subjectId).query(Invoices::map).list();
	}

	/** The invoice as the actor may see it: the secretariat and the organisation's members; 404 for anyone else. */
	@Transactional(readOnly = true)
	public Invoice get(Actor actor, String id) {
		Invoice invoice = find(id).orElseThrow(Problem::notFound);
		if (!maySee(actor, invoice)) {
			throw Problem.notFound();
		}
		return invoice;
	}

	/** Whether the actor may see the invoice: the secretariat, and the members of its organisation. */
	@Transactional(readOnly = true)
	public boolean maySee(Actor actor, Invoice invoice) {
		return actor.isSecretariat() || directory.isMember(actor.accountId(), invoice.organizationId());
	}

	/**
	 * The invoices the actor may see (the secretariat all, others those of the organisations they are
	 * members of), in the given status if any, newest first, a page at a time.
	 */
	@Transactional(readOnly = true)
	public ListResponse<Invoice> list(Actor actor, Invoice.Status status, ListResponse.Paging paging) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		if (status != null) {
			where.append(" AND status = :status");
		}
		List<String> organizations = null;
		if (!actor.isSecretariat()) {
			organizations = directory.organizationsOf(actor.accountId());
			if (organizations.isEmpty()) {
				return new ListResponse<>(List.of(), paging.page(), paging.size(), 0);
			}
			where.append(" AND organization_id IN (:orgs)");
		}
		var count = jdbc.sql("SELECT COUNT(*) FROM invoice" + where);
		var page = jdbc.sql(SELECT + where + " ORDER BY number DESC LIMIT :limit OFFSET :offset")
			.param("limit", paging.size()).param("offset", paging.offset());
		if (status != null) {
			count = count.param("status", status.name());
			page = page.param("status", status.name());
		}
		if (organizations != null) {
			count = count.param("orgs", organizations);
			page = page.param("orgs", organizations);
		}
		long total = count.query(Long.class).single();
		return new ListResponse<>(page.query(Invoices::map).list(), paging.page(), paging.size(), total);
	}

	/** Every invoice in a status (or all), newest first. */
	@Transactional(readOnly = true)
	public List<Invoice> all(Invoice.Status status) {
		return status == null
				? jdbc.sql(SELECT + " ORDER BY issue_year DESC, seq DESC").query(Invoices::map).list()
				: jdbc.sql(SELECT + " WHERE status = :s ORDER BY issue_year DESC, seq DESC").param("s", status.name())
					.query(Invoices::map).list();
	}

	/**
	 * Which invoices a secretariat's list shows: those in a status (or all), and of those only the ones
	 * overdue on a day when {@code overdueOn} is given (open, due before that day).
	 */
	record Filter(Invoice.Status status, LocalDate overdueOn, String text) {

		String where() {
			return " WHERE 1 = 1" + (status == null ? "" : " AND status = :status")
					+ (overdueOn == null ? "" : " AND status = 'OPEN' AND due_on < :day")
					+ (text == null ? "" : " AND (number = :text OR reference = :reference OR organization_id IN ("
							+ "SELECT o.id FROM directory_organization_v o WHERE LOWER(o.name) LIKE :pattern ESCAPE '\\'))");
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql) {
			if (status != null) {
				sql = sql.param("status", status.name());
			}
			if (text != null) {
				sql = sql.param("text", text).param("reference", text.replace(" ", ""))
					.param("pattern", ListQuery.likePattern(text));
			}
			return overdueOn == null ? sql : sql.param("day", Date.valueOf(overdueOn));
		}
	}

	/** A page of the invoices a filter keeps, newest first (the secretariat's page). */
	@Transactional(readOnly = true)
	ListResponse<Invoice> page(Filter filter, ListResponse.Paging paging) {
		long total = filter.bind(jdbc.sql("SELECT COUNT(*) FROM invoice" + filter.where())).query(Long.class).single();
		List<Invoice> items = filter.bind(jdbc.sql(SELECT + filter.where()
				+ " ORDER BY number DESC LIMIT :limit OFFSET :offset"))
			.param("limit", paging.size()).param("offset", paging.offset()).query(Invoices::map).list();
		return new ListResponse<>(items, paging.page(), paging.size(), total);
	}

	/**
	 * Up to {@code limit} invoices a filter keeps, newest first, after the one given (or from the
	 * newest): the exports read the whole list this way, a part at a time.
	 */
	@Transactional(readOnly = true)
	List<Invoice> after(Filter filter, Invoice last, int limit) {
		String where = filter.where();
		if (last != null) {
			where += " AND number < :number"; // YYYY-NNNNNN: in the order of year and number
		}
		JdbcClient.StatementSpec sql = filter.bind(jdbc.sql(SELECT + where + " ORDER BY number DESC LIMIT :limit"))
			.param("limit", limit);
		if (last != null) {
			sql = sql.param("number", last.number());
		}
		return sql.query(Invoices::map).list();
	}

	/**
	 * Cancels an open invoice with a credit note for its amount (reason, e.g. {@code unpaid}); 404
	 * for an unknown invoice, 409 {@code already-decided} for one no longer open.
	 */
	public CreditNote cancel(String invoiceId, String reason, Act act) {
		return creditNote(invoiceId, Invoice.Status.OPEN, Invoice.Status.CANCELLED, reason, act);
	}

	/**
	 * Refunds a paid invoice with a credit note for its amount; 404 for an unknown invoice, 409
	 * {@code already-decided} for one that is not paid.
	 */
	public CreditNote refund(String invoiceId, String reason, Act act) {
		return creditNote(invoiceId, Invoice.Status.PAID, Invoice.Status.REFUNDED, reason, act);
	}

	/** Whether any organisation the account takes part for has an invoice (one query). */
	@Transactional(readOnly = true)
	public boolean anyFor(String accountId) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM invoice WHERE organization_id IN (
				    SELECT organization_id FROM directory_organization_member_v WHERE account_id = :a)""")
			.param("a", accountId).query(Long.class).single() > 0;
	}

	/** The credit note of an invoice, if it has one. */
	@Transactional(readOnly = true)
	public Optional<CreditNote> creditNoteOf(String invoiceId) {
		return jdbc.sql("""
				SELECT id, number, invoice_id, kind, amount, reason, issued_on FROM credit_note WHERE invoice_id = :i""")
			.param("i", invoiceId)
			.query((rs, n) -> new CreditNote(rs.getString(1), rs.getString(2), rs.getString(3),
					Invoice.Status.valueOf(rs.getString(4)), rs.getBigDecimal(5), rs.getString(6), rs.getDate(7).toLocalDate()))
			.optional();
	}

	private CreditNote creditNote(String invoiceId, Invoice.Status from, Invoice.Status to, String reason, Act act) {
		Invoice invoice = locked(invoiceId).orElseThrow(Problem::notFound);
		if (invoice.status() != from) {
			throw Problem.conflict("already-decided");
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why != null && why.length() > 2000) {
			throw Problem.invalidField("reason", "validation.maxLength", 2000);
		}
		LocalDate issuedOn = LocalDate.ofInstant(act.at(), ZoneOffset.UTC);
		int year = issuedOn.getYear();
		int seq = next(CREDIT_NOTES, year);
		String id = UUID.randomUUID().toString();
		String number = String.format("CN-%04d-%06d", year, seq);
		BigDecimal amount = to == Invoice.Status.REFUNDED ? invoice.paidAmount() : invoice.amount();
		jdbc.sql("""
				INSERT INTO credit_note (id, number, issue_year, seq, invoice_id, kind, amount, currency, reason, issued_on,
				    issued_at, issued_by)
				VALUES (:id, :number, :year, :seq, :invoice, :kind, :amount, :currency, :reason, :issuedOn, :at, :by)""")
			.param("id", id).param("number", number).param("year", year).param("seq", seq)
			.param("invoice", invoiceId).param("kind", to.name()).param("amount", amount).param("currency", CURRENCY)
			.param("reason", why).param("issuedOn", Date.valueOf(issuedOn)).param("at", Timestamp.from(act.at()))
			.param("by", act.actorId())
			.update();
		jdbc.sql("UPDATE invoice SET status = :to WHERE id = :id").param("to", to.name()).param("id", invoiceId).update();
		events.publishEvent(new InvoiceCancelled(invoiceId, invoice.organizationId(), invoice.purpose(), invoice.subjectId(),
				to, number, why, act));
		return new CreditNote(id, number, invoiceId, to, amount, why, issuedOn);
	}

	/** The invoice, its row locked until the transaction ends. */
	Optional<Invoice> locked(String id) {
		return jdbc.sql(SELECT + " WHERE id = :id FOR UPDATE").param("id", id).query(Invoices::map).optional();
	}

	/** The invoice of a QR reference, its row locked until the transaction ends. */
	Optional<Invoice> lockedByReference(String reference) {
		return jdbc.sql(SELECT + " WHERE reference = :r FOR UPDATE").param("r", reference).query(Invoices::map).optional();
	}

	/**
	 * Books a payment on an open invoice locked by this transaction: {@code PAID} with the amount and
	 * the bank's booking date, and {@link InvoicePaid} published.
	 */
	void book(Invoice invoice, BigDecimal amount, LocalDate paidOn, Act act) {
		int updated = jdbc.sql("""
				UPDATE invoice SET status = 'PAID', paid_amount = :amount, paid_on = :on WHERE id = :id AND status = 'OPEN'""")
			.param("amount", amount.setScale(2)).param("on", Date.valueOf(paidOn)).param("id", invoice.id()).update();
		if (updated != 1) {
			throw new Problem(HttpStatus.CONFLICT, "already-decided", "problem.already-decided.detail");
		}
		events.publishEvent(new InvoicePaid(invoice.id(), invoice.organizationId(), invoice.purpose(), invoice.subjectId(),
				paidOn, act));
	}
}
