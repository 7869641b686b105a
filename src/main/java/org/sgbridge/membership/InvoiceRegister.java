package org.sgbridge.membership;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's register of invoices: open ones, overdue ones (open past their due date, as of
 * the clock's day), paid ones or all, with the organisations' names, on its page and exported as
 * CSV and XLSX (amounts as numbers).
 */
@Service
@Transactional(readOnly = true)
public class InvoiceRegister {

	public enum View {
		OPEN, OVERDUE, PAID, ALL
	}

	/**
	 * An invoice with the name of its organisation, and, when overdue, the interest on arrears run
	 * up to today at the rate that is set (zero otherwise).
	 */
	public record Line(Invoice invoice, String organization, boolean overdue, BigDecimal interest, String description) {
	}

	static final List<String> COLUMNS = List.of("number", "organization", "description", "amount", "currency", "status",
			"issued_on", "due_on", "overdue", "paid_amount", "paid_on", "reference");

	private final Invoices invoices;
	private final OrganizationDirectory directory;
	private final Clock clock;
	private final MembershipInvoicing invoicing;
	private final InvoiceDescriptions descriptions;

	InvoiceRegister(Invoices invoices, OrganizationDirectory directory, Clock clock, MembershipInvoicing invoicing,
			InvoiceDescriptions descriptions) {
		this.descriptions = descriptions;
		this.invoicing = invoicing;
		this.invoices = invoices;
		this.directory = directory;
		this.clock = clock;
	}

	/** The view named by a page's {@code ?view=}: open when none is given, 400 naming {@code view} when unknown. */
	public static View view(String name) {
		if (name == null || name.isBlank()) {
			return View.OPEN;
		}
		try {
			return View.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw Problem.invalidField("view", "validation.invoiceView");
		}
	}

	/**
	 * A page of the invoices of a view, newest first (secretariat only); with a text, only those of that
	 * number or QR reference or of an organisation whose name holds it.
	 */
	public ListResponse<Line> page(Actor actor, View view, String text, ListResponse.Paging paging, Locale locale) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		ListResponse<Invoice> found = invoices.page(filter(view, today, text), paging);
		return new ListResponse<>(named(found.items(), today, locale), found.page(), found.size(), found.total());
	}

	/** The invoices of the actor's organisations, newest first (for their members' page). */
	public ListResponse<Line> mine(Actor actor, ListResponse.Paging paging, Locale locale) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		Actor member = new Actor(actor.accountId(), actor.email(), actor.name(), java.util.Set.of());
		ListResponse<Invoice> found = invoices.list(member, null, paging);
		return new ListResponse<>(named(found.items(), today, locale), found.page(), found.size(), found.total());
	}

	private static Invoices.Filter filter(View view, LocalDate today, String text) {
		return switch (view) {
			case OPEN -> new Invoices.Filter(Invoice.Status.OPEN, null, text);
			case OVERDUE -> new Invoices.Filter(Invoice.Status.OPEN, today, text);
			case PAID -> new Invoices.Filter(Invoice.Status.PAID, null, text);
			case ALL -> new Invoices.Filter(null, null, text);
		};
	}

	/** Every invoice of a view, newest first, read and handed on a part at a time (for the exports). */
	private void each(Actor actor, View view, Consumer<Line> line) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		Invoices.Filter filter = filter(view, today, null);
		Invoice last = null;
		List<Invoice> part;
		do {
			part = invoices.after(filter, last, EXPORT_PART);
			named(part, today, null).forEach(line);
			last = part.isEmpty() ? null : part.get(part.size() - 1);
		}
		while (part.size() == EXPORT_PART);
	}

	private static final int EXPORT_PART = 1_000;

	/** Each invoice with its organisation's name, interest, and description in {@code locale} (the stored one when null). */
	private List<Line> named(List<Invoice> found, LocalDate today, Locale locale) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<String, Organization> organizations = directory.findAll(new HashSet<>(found.stream()
			.map(Invoice::organizationId).toList()));
		BigDecimal rate = found.stream().anyMatch(i -> i.overdueOn(today)) ? invoicing.arrearsRate() : BigDecimal.ZERO;
		Map<String, String> described = locale == null ? Map.of() : descriptions.of(found, locale);
		return found.stream().map(i -> new Line(i, organizations.containsKey(i.organizationId())
				? organizations.get(i.organizationId()).name() : i.organizationId(), i.overdueOn(today),
				i.overdueOn(today) ? MembershipInvoicing.interest(i.amount(), i.dueOn(), today, rate) : BigDecimal.ZERO,
				described.getOrDefault(i.id(), i.description()))).toList();
	}

	/** CSV for spreadsheets: UTF-8 with a byte-order mark, one invoice a row, written as it is read. */
	public void csv(Actor actor, View view, OutputStream out) {
		try {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
			csv.printRecord(COLUMNS);
			each(actor, view, line -> {
				Invoice i = line.invoice();
				try {
					csv.printRecord(i.number(), text(line.organization()), text(i.description()), i.amount().toPlainString(),
							i.currency(), i.status().name(), i.issuedOn(), i.dueOn(), line.overdue(),
							i.paidAmount() == null ? "" : i.paidAmount().toPlainString(), i.paidOn() == null ? "" : i.paidOn(),
							i.reference());
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			csv.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A workbook of one sheet, amounts as numbers with two decimals, its rows written out as they are made. */
	public void xlsx(Actor actor, View view, OutputStream out) {
		SXSSFWorkbook book = new SXSSFWorkbook(100);
		try {
			Sheet sheet = book.createSheet("invoices");
			CellStyle money = book.createCellStyle();
			money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
			Row header = sheet.createRow(0);
			for (int c = 0; c < COLUMNS.size(); c++) {
				header.createCell(c).setCellValue(COLUMNS.get(c));
			}
			int[] r = { 1 };
			each(actor, view, line -> {
				Invoice i = line.invoice();
				Row row = sheet.createRow(r[0]++);
				row.createCell(0).setCellValue(i.number());
				row.createCell(1).setCellValue(line.organization());
				row.createCell(2).setCellValue(i.description());
				row.createCell(3).setCellValue(i.amount().doubleValue());
				row.getCell(3).setCellStyle(money);
				row.createCell(4).setCellValue(i.currency());
				row.createCell(5).setCellValue(i.status().name());
				row.createCell(6).setCellValue(i.issuedOn().toString());
				row.createCell(7).setCellValue(i.dueOn().toString());
				row.createCell(8).setCellValue(line.overdue());
				if (i.paidAmount() != null) {
					row.createCell(9).setCellValue(i.paidAmount().doubleValue());
					row.getCell(9).setCellStyle(money);
				}
				row.createCell(10).setCellValue(i.paidOn() == null ? "" : i.paidOn().toString());
				row.createCell(11).setCellValue(i.reference());
			});
			book.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			book.dispose();
			try {
				book.close();
			}
			catch (IOException e) {
				// the temporary files are gone already
			}
		}
	}

	/** A cell a spreadsheet will not take for a formula. */
	static String text(String value) {
		return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}
}
