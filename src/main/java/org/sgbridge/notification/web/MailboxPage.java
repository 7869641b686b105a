package org.sgbridge.notification.web;

import org.sgbridge.notification.MailDelivery;
import org.sgbridge.notification.Mailbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's view of the outbox: every mail, whether delivered over SMTP or kept in-app. */
@Controller
class MailboxPage {

	private final Mailbox mailbox;
	private final MailDelivery delivery;

	MailboxPage(Mailbox mailbox, MailDelivery delivery) {
		this.mailbox = mailbox;
		this.delivery = delivery;
	}

	@GetMapping("/admin/mail")
	String mailbox(@RequestParam(required = false) String to, Model model) {
		model.addAttribute("to", to);
		// Where mail goes, said as it is: the SMTP server configured, or nowhere but this page.
		model.addAttribute("smtpServer", delivery.smtpServer().orElse(null));
		model.addAttribute("mails", to == null || to.isBlank() ? mailbox.latest(100) : mailbox.to(to, 100));
		return "notification/mailbox";
	}
}
