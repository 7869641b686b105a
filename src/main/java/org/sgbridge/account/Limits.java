package org.sgbridge.account;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The rate limits against abuse of the account pages and API (application.properties, "Sign-in and abuse limits"). */
@Component
class Limits {

	private final int resetsPerEmail;
	private final int resetsPerAddress;
	private final int signUpsPerAddress;
	private final Duration window;

	Limits(@Value("${sgbridge.limits.password-resets-per-email:5}") int resetsPerEmail,
			@Value("${sgbridge.limits.password-resets-per-address:50}") int resetsPerAddress,
			@Value("${sgbridge.limits.sign-ups-per-address:20}") int signUpsPerAddress,
			@Value("${sgbridge.limits.window:PT1H}") Duration window) {
		this.resetsPerEmail = resetsPerEmail;
		this.resetsPerAddress = resetsPerAddress;
		this.signUpsPerAddress = signUpsPerAddress;
		this.window = window;
	}

	int resetsPerEmail() {
		return resetsPerEmail;
	}

	int resetsPerAddress() {
		return resetsPerAddress;
	}

	int signUpsPerAddress() {
		return signUpsPerAddress;
	}

	Duration window() {
		return window;
	}
}
