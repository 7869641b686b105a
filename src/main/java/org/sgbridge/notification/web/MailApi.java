package org.sgbridge.notification.web;

import java.time.Instant;

import org.sgbridge.notification.Mailbox;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MailApi {

	private final Mailbox mailbox;

	MailApi(Mailbox mailbox) {
		this.mailbox = mailbox;
	}

	/** The mails sent to an address, newest first (the in-app mailbox, and a log of SMTP delivery). */
	@GetMapping("/api/v1/admin/mail")
	ListResponse<MailJson> mail(@RequestParam(required = false) String to, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Actor.requireAdmin();
		var found = mailbox.to(to, ListResponse.paging(page, size));
		return new ListResponse<>(found.items().stream()
			.map(m -> new MailJson(m.id(), m.to(), m.subject(), m.body(), m.createdAt(), m.status().name(), m.sentAt()))
			.toList(), found.page(), found.size(), found.total());
	}

	record MailJson(String id, String to, String subject, String body, Instant createdAt, String status, Instant sentAt) {
	}
}
