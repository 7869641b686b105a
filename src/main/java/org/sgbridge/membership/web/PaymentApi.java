package org.sgbridge.membership.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.sgbridge.membership.PaymentImports;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API.md "Membership, fees and pay-as-you-go": the secretariat imports the bank's camt.054
 * notifications (the body is the XML file; its name from {@code Content-Disposition} or
 * {@code ?fileName=}), lists the payments left unmatched, and assigns each to an invoice or marks it
 * for refund.
 */
@RestController
class PaymentApi {

	private final PaymentImports imports;

	PaymentApi(PaymentImports imports) {
		this.imports = imports;
	}

	record ImportJson(String id, int entries, int matched, int alreadyImported, int unmatched) {
	}

	record Money(BigDecimal amount, String currency) {
	}

	record PaymentJson(String id, String importId, Money amount, String reference, String debtorName, LocalDate bookedOn,
			String accountServicerReference, String status, String reason, String invoiceId) {

		static PaymentJson of(PaymentImports.Payment p) {
			BigDecimal amount = p.amount().scale() < 2 ? p.amount().setScale(2) : p.amount();
			return new PaymentJson(p.id(), p.importId(), new Money(amount, p.currency()), p.reference(), p.debtorName(),
					p.bookedOn(), p.accountServicerReference(), p.status().name(),
					p.reason() == null ? null : p.reason().name(), p.invoiceId());
		}
	}

	record ImportRecordJson(String id, String fileName, String sha256, String message, int entries, int matched,
			int alreadyImported, int unmatched, Instant importedAt, String importedBy) {
	}

	record AssignRequest(String invoiceId) {
	}

	@PostMapping("/api/v1/payments/imports")
	ImportJson importFile(@RequestBody(required = false) byte[] file,
			@RequestHeader(name = HttpHeaders.CONTENT_DISPOSITION, required = false) String disposition,
			@RequestParam(required = false) String fileName) {
		Actor actor = Actor.require();
		PaymentImports.Result result = imports.importFile(actor, fileName != null ? fileName : nameIn(disposition), file);
		return new ImportJson(result.id(), result.entries(), result.matched(), result.alreadyImported(), result.unmatched());
	}

	private static String nameIn(String disposition) {
		if (disposition == null || disposition.isBlank()) {
			return null;
		}
		try {
			return ContentDisposition.parse(disposition).getFilename();
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	@GetMapping("/api/v1/payments/imports")
	ListResponse<ImportRecordJson> imports() {
		ListResponse<PaymentImports.Import> page = imports.imports(Actor.require(), ListResponse.requested());
		return new ListResponse<>(page.items().stream().map(i -> new ImportRecordJson(i.id(), i.fileName(), i.sha256(),
				i.message(), i.entries(), i.matched(), i.alreadyImported(), i.unmatched(), i.importedAt(), i.importedBy()))
			.toList(), page.page(), page.size(), page.total());
	}

	/** The payments waiting for the secretariat, or with {@code ?status=REFUND} those marked for refund. */
	@GetMapping("/api/v1/payments/unmatched")
	ListResponse<PaymentJson> unmatched(@RequestParam(required = false) String status) {
		Actor actor = Actor.require();
		PaymentImports.Status wanted = null;
		if (status != null && !status.isBlank()) {
			String value = status.trim().toUpperCase(Locale.ROOT);
			if (!value.equals("UNMATCHED") && !value.equals("REFUND")) {
				throw Problem.invalidField("status", "validation.paymentStatus");
			}
			wanted = PaymentImports.Status.valueOf(value);
		}
		ListResponse<PaymentImports.Payment> page = imports.parked(actor, wanted, ListResponse.requested());
		return new ListResponse<>(page.items().stream().map(PaymentJson::of).toList(), page.page(), page.size(),
				page.total());
	}

	@PostMapping("/api/v1/payments/unmatched/{id}/assign")
	PaymentJson assign(@PathVariable String id, @RequestBody(required = false) AssignRequest body) {
		Actor actor = Actor.require();
		return PaymentJson.of(imports.assign(actor, id, body == null ? null : body.invoiceId()));
	}

	@PostMapping("/api/v1/payments/unmatched/{id}/refund")
	PaymentJson refund(@PathVariable String id) {
		return PaymentJson.of(imports.refund(Actor.require(), id));
	}
}
