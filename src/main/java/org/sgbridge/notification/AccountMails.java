package org.sgbridge.notification;

import org.sgbridge.account.AccountEvent;
import org.sgbridge.platform.PublicAddress;
import org.sgbridge.platform.Audited;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The mails of an account's holder, written in the outbox in the transaction of the change (a
 * verification mail can be read as soon as sign-up has answered).
 */
@Component
class AccountMails {

	private final Mailbox mailbox;
	private final PublicAddress publicAddress;

	AccountMails(Mailbox mailbox, PublicAddress publicAddress) {
		this.mailbox = mailbox;
		this.publicAddress = publicAddress;
	}

	@Order(Audited.BEFORE_THE_AUDIT_ENTRY)
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(AccountEvent event) {
		if (event instanceof AccountEvent.VerificationIssued e) {
			mailbox.queue(e.email(), e.locale(), "verify", e.name(), publicAddress.url() + "/verify?token=" + e.token());
		}
		else if (event instanceof AccountEvent.PasswordResetIssued e) {
			mailbox.queue(e.email(), e.locale(), "reset", e.name(), publicAddress.url() + "/password/reset?token=" + e.token());
		}
		else if (event instanceof AccountEvent.PasswordChanged e) {
			mailbox.queue(e.email(), e.locale(), "password-changed", e.name());
		}
		else if (event instanceof AccountEvent.EmailChangeRequested e) {
			mailbox.queue(e.newEmail(), e.locale(), "change-email", e.name(),
					publicAddress.url() + "/email/confirm?token=" + e.token());
			mailbox.queue(e.email(), e.locale(), "change-email-notice", e.name(), e.newEmail());
		}
	}
}
