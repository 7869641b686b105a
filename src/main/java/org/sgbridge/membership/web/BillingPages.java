package org.sgbridge.membership.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.sgbridge.membership.Invoice;
import org.sgbridge.membership.InvoiceDocuments;
import org.sgbridge.membership.InvoiceRegister;
import org.sgbridge.membership.Invoices;
import org.sgbridge.membership.PaymentImports;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.Confirmation;
import org.sgbridge.platform.web.ListPage;
import org.sgbridge.platform.web.ListQuery;
import org.sgbridge.platform.web.NavigationItems;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's pages for money: {@code /invoices} (open, overdue, paid or all, exported as CSV
 * and XLSX; an organisation's members see theirs there and download each as PDF) and
 * {@code /payments} (the bank's camt.054 file uploaded with its counts shown, the payments left
 * unmatched assigned to an invoice or marked for refund after a confirmation).
 */
@Controller
class BillingPages implements NavigationItems {

	private final InvoiceRegister register;
	private final Invoices invoices;
	private final InvoiceDocuments documents;
	private final PaymentImports payments;
	private final MessageSource messages;

	BillingPages(InvoiceRegister register, Invoices invoices, InvoiceDocuments documents, PaymentImports payments,
			MessageSource messages) {
		this.register = register;
		this.invoices = invoices;
		this.documents = documents;
		this.payments = payments;
		this.messages = messages;
	}

	@GetMapping("/invoices")
	String invoices(@RequestParam(required = false) String view, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page,
			@RequestParam(required = false) String size, Model model, Locale locale, HttpServletResponse response) {
		Actor actor = Actor.require();
		ListQuery query = ListQuery.at("/invoices").pages(page, size);
		ListPage<InvoiceRegister.Line> list;
		if (actor.isSecretariat()) {
			InvoiceRegister.View shown = InvoiceRegister.view(view);
			query.view("view", view == null || view.isBlank() ? null : shown.name().toLowerCase(Locale.ROOT));
			model.addAttribute("view", shown.name());
			model.addAttribute("views", List.of(InvoiceRegister.View.values()));
			String text = query.text("q", "invoices.search", q);
			model.addAttribute("q", text);
			list = query.fetch(paging -> register.page(actor, shown, text, paging, locale));
		}
		else {
			list = query.fetch(paging -> register.mine(actor, paging, locale));
		}
		if (query.hasProblems()) {
			response.setStatus(400);
		}
		model.addAttribute("errors", query.errors(messages, locale));
		model.addAttribute("list", list);
		model.addAttribute("lines", list.items());
		model.addAttribute("secretariat", actor.isSecretariat());
		return "membership/invoices";
	}

	@GetMapping("/invoices/export.csv")
	ResponseEntity<StreamingResponseBody> csv(@RequestParam(required = false) String view) {
		Actor actor = Actor.requireSecretariat();
		InvoiceRegister.View shown = InvoiceRegister.view(view);
		return file(out -> register.csv(actor, shown, out), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
				"invoices-" + shown.name().toLowerCase(Locale.ROOT) + ".csv");
	}

	@GetMapping("/invoices/export.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(@RequestParam(required = false) String view) {
		Actor actor = Actor.requireSecretariat();
		InvoiceRegister.View shown = InvoiceRegister.view(view);
		return file(out -> register.xlsx(actor, shown, out),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				"invoices-" + shown.name().toLowerCase(Locale.ROOT) + ".xlsx");
	}

	@GetMapping("/invoices/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id, Locale locale) {
		Invoice invoice = invoices.get(Actor.require(), id);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("invoice-" + invoice.number() + ".pdf").build().toString())
			.body(documents.pdf(invoice, locale));
	}

	private static ResponseEntity<StreamingResponseBody> file(StreamingResponseBody body, MediaType type, String name) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	@GetMapping("/payments")
	String payments(Model model) {
		Actor actor = Actor.requireSecretariat();
		model.addAttribute("unmatched", payments.parked(actor, PaymentImports.Status.UNMATCHED,
				new org.sgbridge.platform.web.ListResponse.Paging(0, 500)).items());
		model.addAttribute("imports", payments.imports(actor, new org.sgbridge.platform.web.ListResponse.Paging(0, 10))
			.items());
		return "membership/payments";
	}

	@PostMapping("/payments/imports")
	String upload(@RequestParam(required = false) MultipartFile file, Locale locale, RedirectAttributes flash)
			throws IOException {
		Actor actor = Actor.requireSecretariat();
		try {
			PaymentImports.Result r = payments.importFile(actor, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes());
			flash.addFlashAttribute("notice", msg("payments.imported", locale, r.entries(), r.matched(),
					r.alreadyImported(), r.unmatched()));
		}
		catch (Problem problem) {
			if (problem.status().value() == 403) {
				throw problem;
			}
			flash.addFlashAttribute("problem", msg(problem.messageKey(), locale, problem.args()));
		}
		return "redirect:/payments";
	}

	@PostMapping("/payments/{id}/assign")
	String assign(@PathVariable String id, @RequestParam(required = false) String invoiceNumber,
			@RequestParam(required = false) boolean confirmed, Model model, Locale locale, RedirectAttributes flash) {
		Actor actor = Actor.requireSecretariat();
		PaymentImports.Payment payment = parked(actor, id);
		Invoice invoice = invoices.findByNumber(invoiceNumber).orElse(null);
		if (invoice == null) {
			flash.addFlashAttribute("problem", msg("payments.no-invoice", locale, invoiceNumber == null ? "" : invoiceNumber));
			return "redirect:/payments";
		}
		if (!confirmed) {
			model.addAttribute("confirmation", Confirmation.of(msg("payments.assign.confirm.title", locale),
					msg("payments.assign.confirm.lead", locale), "/payments/" + id + "/assign", "/payments")
				.section("payment", msg("payments.payment", locale), describe(payment, locale))
				.section("invoice", msg("invoice.pdf.title", locale), List.of(msg("payments.invoice.line", locale,
						invoice.number(), invoice.amount().toPlainString(), invoice.currency(),
						msg("invoice.status." + invoice.status(), locale))))
				.field("invoiceNumber", invoice.number())
				.build());
			return Confirmation.VIEW;
		}
		try {
			payments.assign(actor, id, invoice.id());
			flash.addFlashAttribute("notice", msg("payments.assigned", locale, invoice.number()));
		}
		catch (Problem problem) {
			if (problem.status().value() == 403 || problem.status().value() == 404) {
				throw problem;
			}
			flash.addFlashAttribute("problem", msg(problem.messageKey(), locale, problem.args()));
		}
		return "redirect:/payments";
	}

	@PostMapping("/payments/{id}/refund")
	String refund(@PathVariable String id, @RequestParam(required = false) boolean confirmed, Model model, Locale locale,
			RedirectAttributes flash) {
		Actor actor = Actor.requireSecretariat();
		PaymentImports.Payment payment = parked(actor, id);
		if (!confirmed) {
			model.addAttribute("confirmation", Confirmation.of(msg("payments.refund.confirm.title", locale),
					msg("payments.refund.confirm.lead", locale), "/payments/" + id + "/refund", "/payments")
				.section("payment", msg("payments.payment", locale), describe(payment, locale))
				.danger()
				.build());
			return Confirmation.VIEW;
		}
		try {
			payments.refund(actor, id);
			flash.addFlashAttribute("notice", msg("payments.refund.marked", locale));
		}
		catch (Problem problem) {
			if (problem.status().value() == 403 || problem.status().value() == 404) {
				throw problem;
			}
			flash.addFlashAttribute("problem", msg(problem.messageKey(), locale, problem.args()));
		}
		return "redirect:/payments";
	}

	private PaymentImports.Payment parked(Actor actor, String id) {
		return payments.find(actor, id).filter(p -> p.status() == PaymentImports.Status.UNMATCHED)
			.orElseThrow(Problem::notFound);
	}

	private List<String> describe(PaymentImports.Payment p, Locale locale) {
		List<String> lines = new ArrayList<>();
		lines.add(msg("payments.line.amount", locale, p.amount().toPlainString(), p.currency()));
		lines.add(msg("payments.line.debtor", locale, p.debtorName() == null ? "—" : p.debtorName()));
		lines.add(msg("payments.line.reference", locale, p.reference() == null ? "—" : p.reference()));
		lines.add(msg("payments.line.booked", locale, p.bookedOn().toString()));
		return lines;
	}

	@Override
	public List<Item> itemsFor(Actor actor) {
		if (actor.isSecretariat()) {
			return List.of(Item.tool("/invoices", "nav.invoices"), Item.tool("/payments", "nav.payments"));
		}
		// a member of an organisation that has invoices (a pay-as-you-go registration, a membership) finds them here
		return invoices.anyFor(actor.accountId()) ? List.of(new Item("/invoices", "nav.my-invoices")) : List.of();
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
