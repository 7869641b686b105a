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
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
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
	public record Line(Invoice invoice, String organization, boolean overdue, BigDecimal interest) {

		public Line(Invoice invoice, String organization, boolean overdue) {
			this(invoice, organization, overdue, BigDecimal.ZERO);
		}
	}

	static final List<String> COLUMNS = List.of("number", "organization", "description", "amount", "currency", "status",
			"issued_on", "due_on", "overdue", "paid_amount", "paid_on", "reference");

	private final Invoices invoices;
	private final OrganizationDirectory directory;
	private final Clock clock;
	private final MembershipInvoicing invoicing;

	InvoiceRegister(Invoices invoices, OrganizationDirectory directory, Clock clock, MembershipInvoicing invoicing) {
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

	/** The invoices of a view, newest first (secretariat only). */
	public List<Line> lines(Actor actor, View view) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		List<Invoice> found = switch (view) {
			case OPEN -> invoices.all(Invoice.Status.OPEN);
			case OVERDUE -> invoices.all(Invoice.Status.OPEN).stream().filter(i -> i.overdueOn(today)).toList();
			case PAID -> invoices.all(Invoice.Status.PAID);
			case ALL -> invoices.all(null);
		};
		return named(found, today);
	}

	/** The invoices of the actor's organisations, newest first (for their members' page). */
	public List<Line> mine(Actor actor) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		Actor member = new Actor(actor.accountId(), actor.email(), actor.name(), java.util.Set.of());
		return named(invoices.list(member, null, new org.sgbridge.platform.web.ListResponse.Paging(0, 500)).items(), today);
	}

	private List<Line> named(List<Invoice> found, LocalDate today) {
		Map<String, Organization> organizations = directory.findAll(new HashSet<>(found.stream()
			.map(Invoice::organizationId).toList()));
		BigDecimal rate = found.stream().anyMatch(i -> i.overdueOn(today)) ? invoicing.arrearsRate() : BigDecimal.ZERO;
		return found.stream().map(i -> new Line(i, organizations.containsKey(i.organizationId())
				? organizations.get(i.organizationId()).name() : i.organizationId(), i.overdueOn(today),
				i.overdueOn(today) ? MembershipInvoicing.interest(i.amount(), i.dueOn(), today, rate) : BigDecimal.ZERO)).toList();
	}

	/** CSV for spreadsheets: UTF-8 with a byte-order mark, one invoice a row. */
	public void csv(Actor actor, View view, OutputStream out) {
		List<Line> lines = lines(actor, view);
		try {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
			csv.printRecord(COLUMNS);
			for (Line line : lines) {
				Invoice i = line.invoice();
				csv.printRecord(i.number(), text(line.organization()), text(i.description()), i.amount().toPlainString(),
						i.currency(), i.status().name(), i.issuedOn(), i.dueOn(), line.overdue(),
						i.paidAmount() == null ? "" : i.paidAmount().toPlainString(), i.paidOn() == null ? "" : i.paidOn(),
						i.reference());
			}
			csv.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A workbook of one sheet, amounts as numbers with two decimals. */
	public void xlsx(Actor actor, View view, OutputStream out) {
		List<Line> lines = lines(actor, view);
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet("invoices");
			CellStyle money = book.createCellStyle();
			money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
			Row header = sheet.createRow(0);
			for (int c = 0; c < COLUMNS.size(); c++) {
				header.createCell(c).setCellValue(COLUMNS.get(c));
			}
			int r = 1;
			for (Line line : lines) {
				Invoice i = line.invoice();
				Row row = sheet.createRow(r++);
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
			}
			book.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A cell a spreadsheet will not take for a formula. */
	static String text(String value) {
		return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}
}
