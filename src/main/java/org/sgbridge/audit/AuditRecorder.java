package org.sgbridge.audit;

import java.sql.Timestamp;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Audited;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends an entry for every {@link Audited} event, in the transaction of the change, just before
 * it commits: the entry is there when the call has answered, and gone with the change if it rolls
 * back. The chain's last link is locked while an entry is appended, so entries are chained one at
 * a time on any number of nodes. The entry's time is the event's, never the clock's.
 */
@Component
class AuditRecorder {

	static final String GENESIS = "0".repeat(64);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	AuditRecorder(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Last of the listeners before the commit ({@link Audited#BEFORE_THE_AUDIT_ENTRY}): the chain's lock is taken last. */
	@Order(Ordered.LOWEST_PRECEDENCE)
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(Audited event) {
		transaction.executeWithoutResult(status -> append(event));
	}

	private void append(Audited event) {
		var last = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1 FOR UPDATE")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.single();
		long seq = (Long) last[0] + 1;
		String previous = (String) last[1];
		Act act = event.act();
		String reason = event.reason() == null || event.reason().isBlank() ? null : event.reason();
		String hash = AuditEntry.hash(previous, seq, act.at(), act.actorId(), act.actorName(), act.actingAs(),
				event.action(), event.subjectType(), event.subject(), event.memberState(), reason, act.clientAddress());
		jdbc.sql("""
				INSERT INTO audit_entry (seq, at, actor_id, actor_name, acting_as, action, subject_type, subject,
				    member_state, reason, client_address, prev_hash, hash)
				VALUES (:seq, :at, :actorId, :actorName, :actingAs, :action, :subjectType, :subject,
				    :memberState, :reason, :clientAddress, :prev, :hash)""")
			.param("seq", seq)
			.param("at", Timestamp.from(act.at()))
			.param("actorId", act.actorId())
			.param("actorName", act.actorName())
			.param("actingAs", act.actingAs())
			.param("action", event.action())
			.param("subjectType", event.subjectType())
			.param("subject", event.subject())
			.param("memberState", event.memberState())
			.param("reason", reason)
			.param("clientAddress", act.clientAddress())
			.param("prev", previous)
			.param("hash", hash)
			.update();
		jdbc.sql("UPDATE audit_chain SET last_seq = :seq, last_hash = :hash WHERE id = 1")
			.param("seq", seq)
			.param("hash", hash)
			.update();
	}
}
