/**
 * Mail: templates in the six languages, the outbox written in the transaction of the change that
 * causes a mail, and its delivery over SMTP (or to the in-app mailbox) with retries. No other module
 * calls it: it reacts to their events ({@code AccountMails}, {@code PilotMails}, {@code MeetingMails}, {@code FellowshipMails}),
 * writing each mail in the outbox before the change commits.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account :: api", "bsg :: api", "directory :: api", "meeting :: api", "membership :: api", "pilot :: api", "platform" })
package org.sgbridge.notification;
