package org.sgbridge.membership.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

import org.sgbridge.membership.Invoice;
import org.sgbridge.membership.InvoiceDocuments;
import org.sgbridge.membership.Invoices;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API.md "Membership, fees and pay-as-you-go": invoices, read by the secretariat and by the members
 * of the organisation they are addressed to (404 for anyone else), as JSON or as PDF with their
 * Swiss QR-bill payment part.
 */
@RestController
class InvoiceApi {

	private final Invoices invoices;
	private final InvoiceDocuments pdfs;

	InvoiceApi(Invoices invoices, InvoiceDocuments pdfs) {
		this.invoices = invoices;
		this.pdfs = pdfs;
	}

	/** An invoice as the API writes it: amounts as numbers with two decimals, in CHF. */
	record InvoiceJson(String id, String number, String organizationId, BigDecimal amount, String currency, String status,
			String reference, LocalDate issuedOn, LocalDate dueOn, BigDecimal paidAmount, LocalDate paidOn, String purpose,
			String subjectId, String description) {

		static InvoiceJson of(Invoice i) {
			return new InvoiceJson(i.id(), i.number(), i.organizationId(), cents(i.amount()), i.currency(), i.status().name(),
					i.reference(), i.issuedOn(), i.dueOn(), cents(i.paidAmount()), i.paidOn(), i.purpose().name(),
					i.subjectId(), i.description());
		}
	}

	static BigDecimal cents(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	@GetMapping(path = "/api/v1/invoices/{id}", produces = { MediaType.APPLICATION_JSON_VALUE, "application/*+json" })
	InvoiceJson invoice(@PathVariable String id) {
		return InvoiceJson.of(invoices.get(Actor.require(), id));
	}

	@GetMapping(path = "/api/v1/invoices/{id}", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> invoicePdf(@PathVariable String id, Locale locale) {
		Invoice invoice = invoices.get(Actor.require(), id);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"invoice-" + invoice.number() + ".pdf\"")
			.body(pdfs.pdf(invoice, locale));
	}

	/** The invoices the caller may see, in a status if given (400 naming {@code status} for an unknown one). */
	@GetMapping("/api/v1/invoices")
	ListResponse<InvoiceJson> list(@RequestParam(required = false) String status) {
		Actor actor = Actor.require();
		Invoice.Status wanted = status(status);
		ListResponse<Invoice> page = invoices.list(actor, wanted, ListResponse.requested());
		return new ListResponse<>(page.items().stream().map(InvoiceJson::of).toList(), page.page(), page.size(), page.total());
	}

	static Invoice.Status status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return Invoice.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw Problem.invalidField("status", "validation.invoiceStatus");
		}
	}
}
