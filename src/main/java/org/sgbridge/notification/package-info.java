/**
 * Mail: templates in the six languages, the outbox written in the transaction of the change that
 * causes a mail, and its delivery over SMTP (or to the in-app mailbox) with retries.
 */
package org.sgbridge.notification;
