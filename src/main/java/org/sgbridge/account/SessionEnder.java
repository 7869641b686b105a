package org.sgbridge.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions on the pages. Sessions live in the database (Spring Session JDBC),
 * indexed by principal name, which is the account id ({@code Actor.getName()}), so every node's
 * sessions are found.
 */
@Component
class SessionEnder {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

	SessionEnder(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
		this.repository = repository;
	}

	/** Ends every session of the account but {@code except} (may be null). */
	void endAll(String accountId, String except) {
		FindByIndexNameSessionRepository<? extends Session> sessions = repository.getIfAvailable();
		if (sessions == null) {
			return;
		}
		for (String id : sessions.findByPrincipalName(accountId).keySet()) {
			if (!id.equals(except)) {
				sessions.deleteById(id);
			}
		}
	}
}
