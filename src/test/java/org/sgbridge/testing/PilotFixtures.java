package org.sgbridge.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sgbridge.account.AccountManagement;

/** People and organisations of the pilot, set up through the API as the secretariat and an SME would. */
public final class PilotFixtures {

	private final AccountManagement accounts;
	private final Api api;
	private final TestAccounts people;
	private String secretariatToken;

	public PilotFixtures(AccountManagement accounts, Api api) {
		this.accounts = accounts;
		this.api = api;
		this.people = new TestAccounts(accounts, api);
	}

	public TestAccounts people() {
		return people;
	}

	/** Someone signed in: their account id and API token. */
	public record Person(String id, String email, String token) {
	}

	public Person person(String prefix, Set<String> roles) {
		String email = TestAccounts.uniqueEmail(prefix);
		String id = accounts.createActive(email, TestAccounts.PASSWORD, prefix, roles, "en").id();
		return new Person(id, email, people.token(email, TestAccounts.PASSWORD));
	}

	public String secretariat() {
		if (secretariatToken == null) {
			secretariatToken = person("secretariat", Set.of("SECRETARIAT")).token();
		}
		return secretariatToken;
	}

	/** A new DFP of the state, designated by the secretariat (replacing earlier ones unless kept). */
	public Person dfp(String country, Person... keep) {
		Person dfp = person("dfp-" + country.toLowerCase(), Set.of());
		List<String> ids = new java.util.ArrayList<>(java.util.Arrays.stream(keep).map(Person::id).toList());
		ids.add(dfp.id());
		Api.Response response = api.bearer(secretariat()).put("/api/v1/member-states/" + country + "/focal-points",
				Map.of("accountIds", ids));
		assertThat(response.status()).as("%s", response).isEqualTo(200);
		return dfp;
	}

	/** An SME of the country, created by its representative; returns the organisation's id. */
	public String sme(Person representative, String name, String country, int employees, long revenue, String currency) {
		Api.Response created = api.bearer(representative.token()).post("/api/v1/organizations", Map.of("name", name,
				"kind", "SME", "country", country, "employees", employees,
				"annualRevenue", Map.of("amount", revenue, "currency", currency)));
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	/** The id of a Member State's Administration (the organisation its delegates register for). */
	public String administrationOf(String country) {
		for (var state : api.get("/api/v1/member-states").json().path("items")) {
			if (state.path("code").asString().equals(country)) {
				return state.path("administrationId").asString();
			}
		}
		throw new IllegalArgumentException(country);
	}

	public Api.Response submit(Person representative, String organizationId, String... groups) {
		return api.bearer(representative.token()).post("/api/v1/admission-requests",
				Map.of("organizationId", organizationId, "studyGroups", List.of(groups)));
	}

	public Api.Response decide(Person who, String requestId, String decision, String reason) {
		return api.bearer(who.token()).post("/api/v1/admission-requests/" + requestId + "/decision",
				reason == null ? Map.of("decision", decision) : Map.of("decision", decision, "reason", reason));
	}
}
