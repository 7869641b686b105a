package org.sgbridge.membership;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.stream.Collectors;

import net.codecrete.qrbill.canvas.PDFCanvas;
import net.codecrete.qrbill.generator.Address;
import net.codecrete.qrbill.generator.Bill;
import net.codecrete.qrbill.generator.Language;
import net.codecrete.qrbill.generator.OutputSize;
import net.codecrete.qrbill.generator.Payments;
import net.codecrete.qrbill.generator.QRBill;
import net.codecrete.qrbill.generator.SeparatorType;
import net.codecrete.qrbill.generator.ValidationResult;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Languages;
import org.sgbridge.platform.Pdf;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * An invoice as PDF: its own text in the reader's language (any of the six, Arabic right to left,
 * names in any script) above the Swiss QR-bill payment part, which the qrbill library draws in the
 * lowest 105 mm of the page in French for a French reader and in English otherwise. The creditor
 * is ITU in Geneva, its account the QR-IBAN of {@code sgbridge.billing.qr-iban}; the bill carries
 * the invoice's amount in CHF and its QR reference.
 */
@Component
public class InvoiceDocuments {

	static final String CREDITOR = "International Telecommunication Union";

	private final TemplateEngine templates;
	private final InvoiceDescriptions descriptions;
	private final Pdf pdf;
	private final OrganizationDirectory directory;
	private final String iban;
	private final org.springframework.context.MessageSource messages;

	InvoiceDocuments(TemplateEngine templates, Pdf pdf, OrganizationDirectory directory, InvoiceDescriptions descriptions,
			org.springframework.context.MessageSource messages,
			@Value("${sgbridge.billing.qr-iban:CH44 3199 9123 0008 8901 2}") String iban) {
		this.templates = templates;
		this.descriptions = descriptions;
		this.pdf = pdf;
		this.directory = directory;
		this.messages = messages;
		String compact = iban == null ? "" : iban.replace(" ", "").toUpperCase(Locale.ROOT);
		if (!Payments.isValidIBAN(compact) || !Payments.isQRIBAN(compact)) {
			throw new IllegalStateException("sgbridge.billing.qr-iban (SGBRIDGE_QR_IBAN) is not a QR-IBAN: " + iban);
		}
		this.iban = compact;
	}

	/** The creditor account, as the payment part shows it. */
	String account() {
		return iban;
	}

	/** The payment part's data: ITU as creditor, the QR-IBAN, the amount in CHF and the QR reference. */
	Bill bill(Invoice invoice, Locale locale) {
		Bill bill = new Bill();
		bill.setAccount(iban);
		Address creditor = new Address();
		creditor.setName(CREDITOR);
		creditor.setStreet("Place des Nations");
		creditor.setPostalCode("1211");
		creditor.setTown("Genève 20");
		creditor.setCountryCode("CH");
		bill.setCreditor(creditor);
		bill.setAmount(invoice.amount());
		bill.setCurrency(Invoices.CURRENCY);
		bill.setReference(invoice.reference());
		bill.setUnstructuredMessage(invoice.number());
		bill.getFormat().setLanguage("fr".equals(locale.getLanguage()) ? Language.FR : Language.EN);
		bill.getFormat().setOutputSize(OutputSize.QR_BILL_ONLY);
		bill.getFormat().setSeparatorType(SeparatorType.DASHED_LINE_WITH_SCISSORS);
		ValidationResult result = QRBill.validate(bill);
		if (result.hasErrors()) {
			throw new IllegalStateException("QR-bill not valid: " + result.getValidationMessages().stream()
				.map(m -> m.getField() + " " + m.getMessageKey()).collect(Collectors.joining(", ")));
		}
		return bill;
	}

	/** The invoice's PDF in the reader's language, with its payment part. */
	public byte[] pdf(Invoice invoice, Locale reader) {
		Locale locale = Languages.supported(reader == null ? null : reader.getLanguage()).orElse(Languages.DEFAULT);
		String organization = directory.find(invoice.organizationId()).map(Organization::name).orElse(invoice.organizationId());
		Context context = new Context(locale);
		context.setVariable("invoice", invoice);
		context.setVariable("number", Pdf.isolate(invoice.number()));
		context.setVariable("description", Pdf.isolate(descriptions.of(invoice, locale)));
		context.setVariable("creditorAddress", Pdf.isolate("Place des Nations, 1211 Genève 20, Switzerland"));
		context.setVariable("amount", Pdf.isolate(money(invoice.amount())));
		context.setVariable("rtl", Languages.isRightToLeft(locale));
		context.setVariable("facts", java.util.List.of(
				new String[] { "invoice.pdf.to", Pdf.isolate(organization) },
				new String[] { "invoice.pdf.issuedOn", Pdf.isolate(Dates.format(invoice.issuedOn(), locale)) },
				new String[] { "invoice.pdf.dueOn", Pdf.isolate(Dates.format(invoice.dueOn(), locale)) },
				new String[] { "invoice.pdf.reference", Pdf.isolate(Payments.formatQRReferenceNumber(invoice.reference())) },
				new String[] { "invoice.pdf.status", org.springframework.web.util.HtmlUtils.htmlEscape(
						messages.getMessage("invoice.status." + invoice.status(), null, locale)) }));
		ByteArrayOutputStream page = new ByteArrayOutputStream();
		pdf.render(templates.process("membership/invoice-pdf", context), page);
		try (PDFCanvas canvas = new PDFCanvas(page.toByteArray(), 0)) {
			QRBill.draw(bill(invoice, locale), canvas);
			return canvas.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code CHF 1 234.50}, as Swiss invoices write amounts, whatever the reader's language. */
	static String money(BigDecimal amount) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
		symbols.setGroupingSeparator(' ');
		symbols.setDecimalSeparator('.');
		return "CHF " + new DecimalFormat("#,##0.00", symbols).format(amount);
	}
}
