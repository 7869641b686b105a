package org.sgbridge.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.sgbridge.SgBridgeApplication;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.notification.Mailbox;
import org.sgbridge.platform.AdjustableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a random port, called over HTTP as another system would: a client of the
 * API, the pilot's people, the outbox to read mail, and the clock, set back to now after each test.
 */
@SpringBootTest(classes = SgBridgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected AccountManagement accounts;

	@Autowired
	protected Mailbox mailbox;

	@Autowired
	protected AdjustableClock clock;

	protected Api api;
	protected PilotFixtures pilot;

	@BeforeEach
	void startClient() {
		api = new Api(port);
		pilot = new PilotFixtures(accounts, api);
	}

	@AfterEach
	void backToNow() {
		clock.setInstant(null);
	}
}
