package org.sgbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.sgbridge.directory.MemberStates;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PageRows;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's and the overview's tables by Member State list the states by the name the page
 * shows, sorted as a reader of its language sorts (ICU collation), not by their codes.
 */
class MemberStateOrderPagesTests extends ApiTest {

	/** By code DZ, HR, SE, ZA; by name South Africa comes before Sweden in English, Croatia after Algeria in every language. */
	static final List<String> STATES = List.of("DZ", "HR", "SE", "ZA");

	@Autowired
	MemberStates states;

	@Test
	void theTablesByMemberStateAreSortedByTheNameShownInEachLanguage() {
		for (String country : STATES) {
			Person rep = pilot.person("rep-" + country.toLowerCase(Locale.ROOT), Set.of());
			String org = pilot.sme(rep, "Order test SME of " + country, country, 10, 100_000, "EUR");
			assertThat(pilot.submit(rep, org, "ITU-T-SG20").status()).isEqualTo(201);
		}
		PageClient staff = new PageClient(port);
		Person secretariat = pilot.person("staff", Set.of("SECRETARIAT"));
		assertThat(staff.signIn(secretariat.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);

		for (String language : List.of("en", "fr", "es", "ru", "ar", "zh")) {
			Locale locale = Locale.forLanguageTag(language);
			List<String> ours = STATES.stream().map(c -> states.find(c, LocalDate.now()).orElseThrow().name(locale)).toList();
			for (String path : List.of("/reports/pilot", "/pilot/overview")) {
				List<String> shown = PageRows.rowHeads(staff.get(path + "?lang=" + language).body(), "by-state");
				assertThat(shown).as("%s in %s", path, language).containsAll(ours);
				List<String> sorted = new ArrayList<>(shown);
				sorted.sort(Collator.getInstance(ULocale.forLocale(locale)));
				assertThat(shown).as("%s in %s, in the order of the names", path, language).isEqualTo(sorted);
			}
		}
		// Not by code: in English, South Africa (ZA) comes before Sweden (SE).
		List<String> english = PageRows.rowHeads(staff.get("/reports/pilot?lang=en").body(), "by-state");
		assertThat(english.indexOf("South Africa")).isLessThan(english.indexOf("Sweden"));
	}
}
