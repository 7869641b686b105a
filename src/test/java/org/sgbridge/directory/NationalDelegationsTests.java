package org.sgbridge.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.web.ListResponse;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A national delegation is read a page at a time, by name, with its counts for the whole of it: how
 * many delegates, how many of them an SME's staff (named on their row).
 */
class NationalDelegationsTests extends ApiTest {

	static final Actor STAFF = new Actor("delegations-tests-staff", "staff@example.org", "Staff", Set.of(Actor.SECRETARIAT));

	@Autowired
	NationalDelegations delegations;

	@Autowired
	OrganizationDirectory organizations;

	@Autowired
	AccountManagement accounts;

	@Test
	void aDelegationComesAPageAtATimeWithItsCountsForTheWhole() {
		String code = "MN";
		String administration = pilot.administrationOf(code);
		NationalDelegations.Delegation before = delegations.of(STAFF, code);
		String tag = UUID.randomUUID().toString().substring(0, 6);
		List<String> added = new ArrayList<>();
		for (int i = 0; i < 27; i++) {
			String id = accounts.createActive(TestAccounts.uniqueEmail("delegate-" + i), TestAccounts.PASSWORD,
					"Delegate " + tag + String.format(" %02d", i), Set.of(), "en").id();
			organizations.addMember(STAFF, administration, id);
			added.add(id);
		}
		// The last of them is also an SME's staff.
		Person rep = pilot.person("delegation-sme", Set.of());
		String sme = pilot.sme(rep, "Delegation SME " + tag, code, 12, 100_000, "USD");
		organizations.addMember(STAFF, sme, added.get(26));

		NationalDelegations.Delegation delegation = delegations.of(STAFF, code);
		assertThat(delegation.total()).isEqualTo(before.total() + 27);
		assertThat(delegation.fromSmes()).isEqualTo(before.fromSmes() + 1);
		// Every page but the last holds 25, each person once, in the order of their names.
		long pages = (delegation.total() + 24) / 25;
		List<NationalDelegations.Delegate> all = new ArrayList<>();
		for (int n = 0; n < pages; n++) {
			ListResponse<NationalDelegations.Delegate> page = delegations.delegates(delegation, new ListResponse.Paging(n, 25));
			assertThat(page.total()).isEqualTo(delegation.total());
			assertThat(page.items()).hasSize(n < pages - 1 ? 25 : (int) (delegation.total() - 25 * (pages - 1)));
			all.addAll(page.items());
		}
		List<String> ids = all.stream().map(NationalDelegations.Delegate::accountId).toList();
		assertThat(ids).containsAll(added).doesNotHaveDuplicates();
		List<NationalDelegations.Delegate> ours = all.stream().filter(d -> added.contains(d.accountId())).toList();
		assertThat(ours).extracting(NationalDelegations.Delegate::name).isSorted();
		assertThat(ours.get(26).smes()).containsExactly("Delegation SME " + tag);
		assertThat(ours.subList(0, 26)).noneMatch(NationalDelegations.Delegate::fromAnSme);
	}
}
