package org.sgbridge.directory.web;

import java.util.List;
import java.util.Set;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.directory.Memberships;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeApi {

	private final AccountManagement accounts;
	private final Memberships memberships;

	MeApi(AccountManagement accounts, Memberships memberships) {
		this.accounts = accounts;
		this.memberships = memberships;
	}

	/** The signed-in account, its organisations and the focal-point duties it holds. */
	@GetMapping("/api/v1/me")
	MeJson me() {
		Actor actor = Actor.require();
		var account = accounts.find(actor.accountId()).orElseThrow(Problem::notFound);
		return new MeJson(account.id(), account.email(), account.name(), account.status(), account.locale(),
				account.roles(), account.totpEnabled(), memberships.of(actor.accountId()),
				memberships.focalPointDuties(actor.accountId()));
	}

	record MeJson(String id, String email, String name, String status, String locale, Set<String> roles,
			boolean totpEnabled, List<Memberships.Membership> organizations, List<Memberships.FocalPointDuty> focalPoints) {
	}
}
