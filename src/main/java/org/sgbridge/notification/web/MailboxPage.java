package org.sgbridge.notification.web;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.notification.MailDelivery;
import org.sgbridge.notification.Mailbox;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.web.ListQuery;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's view of the outbox: every mail, whether delivered over SMTP or kept in-app,
 * newest first, searched by recipient or subject and filtered by status, a page at a time.
 */
@Controller
class MailboxPage {

	private final Mailbox mailbox;
	private final MailDelivery delivery;
	private final MessageSource messages;

	MailboxPage(Mailbox mailbox, MailDelivery delivery, MessageSource messages) {
		this.mailbox = mailbox;
		this.delivery = delivery;
		this.messages = messages;
	}

	/** {@code to} is the older name of the search (links of the API's documentation, bookmarks). */
	@GetMapping("/admin/mail")
	String mailbox(@RequestParam(required = false) String q, @RequestParam(required = false) String to,
			@RequestParam(required = false) String status, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, Model model, Locale locale, HttpServletResponse response) {
		Actor.requireAdmin();
		ListQuery query = ListQuery.at("/admin/mail").pages(page, size);
		String text = query.text("q", "mailbox.search", q == null || q.isBlank() ? to : q);
		String chosen = query.choice("status", "mailbox.status", status,
				Arrays.stream(Mailbox.Mail.Status.values()).map(Enum::name).toList(), null);
		var list = query.fetch(paging -> mailbox.search(text, chosen == null ? null : Mailbox.Mail.Status.valueOf(chosen), paging));
		if (query.hasProblems()) {
			response.setStatus(400);
		}
		model.addAttribute("errors", query.errors(messages, locale));
		model.addAttribute("q", text);
		model.addAttribute("status", chosen);
		model.addAttribute("statuses", Mailbox.Mail.Status.values());
		model.addAttribute("list", list);
		// Where mail goes, said as it is: the SMTP server configured, or nowhere but this page.
		model.addAttribute("smtpServer", delivery.smtpServer().orElse(null));
		return "notification/mailbox";
	}
}
