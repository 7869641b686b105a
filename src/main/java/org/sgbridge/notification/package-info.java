/**
 * Mail: templates in the six languages, the outbox written in the transaction of the change that
 * causes a mail, and its delivery over SMTP (or to the in-app mailbox) with retries. The meeting
 * module's mails are queued from its events ({@code MeetingMails}); accounts and the pilot still
 * queue theirs through {@link org.sgbridge.platform.Outbox}, which {@code Mailbox} implements.
 */
package org.sgbridge.notification;
