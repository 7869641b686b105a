package org.sgbridge.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.membership.MembershipCategories;
import org.sgbridge.membership.MembershipRegister;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.AdjustableClock;
import org.springframework.stereotype.Component;

/**
 * The demo's membership: yearly fees of every category (illustrative figures, which the membership
 * pages say are not ITU's) and 90 illustrative Sector Members and Associates with their sizes and
 * classes, named "(illustrative)", so that the what-if of an SME category reproduces what the PP-18
 * report stated: at its threshold of 300 employees, more than 60 current members would pay less.
 * Created through the directory and the membership module, each on its own day, as the secretariat would.
 */
@Component
class MembershipHistory {

	/** A member: its name, kind, country, size, class (Sector Members), study group (Associates) and the year it joined. */
	record Member(String name, String kind, String country, int employees, String contributoryClass, String studyGroup,
			int joined) {
	}

	private static final String[] FIRST = { "Aurora", "Baltic", "Cobalt", "Delta", "Ember", "Fjord", "Granite", "Harbor",
			"Iris", "Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus", "Orchid", "Polar", "Quartz", "Riviera", "Sierra",
			"Tundra", "Umbra", "Vega", "Willow", "Xenon", "Yarrow", "Zephyr", "Alder", "Beacon", "Cirrus", "Dune" };

	private static final String[] SECOND = { "Networks", "Telecom", "Photonics", "Wireless" };

	private static final String[] DEVELOPED = { "DE", "FR", "GB", "IT", "ES", "NL", "SE", "FI", "NO", "CH", "JP", "US", "CA",
			"AU", "AT", "BE", "DK", "IE", "PT", "NZ" };

	private static final String[] GROUPS = { "ITU-T-SG16", "ITU-T-SG20", "ITU-T-SG17", "ITU-T-SG13", "ITU-T-SG5" };

	/**
	 * The 90 members: 45 Sector Members of up to 300 employees at a class of 1/2 to 2 units; 15 larger
	 * ones; 3 small Sector Members of developing countries at 1/16 of a unit (below the proposed fee);
	 * 22 Associates of ITU-T groups of up to 300 employees; 5 Associates of ITU-D groups, whose fee is
	 * not above the proposed one.
	 */
	static final List<Member> MEMBERS = members();

	private static List<Member> members() {
		java.util.ArrayList<Member> all = new java.util.ArrayList<>();
		String[] classes = { "1", "1/2", "1", "2", "1/2" };
		int n = 0;
		for (int i = 0; i < 45; i++, n++) {
			all.add(new Member(name(n), "SECTOR_MEMBER", DEVELOPED[n % DEVELOPED.length], 18 + (i * 97) % 283,
					classes[i % classes.length], null, 2008 + i % 9));
		}
		int[] large = { 420, 650, 900, 1_200, 2_500, 4_800, 7_300, 12_000, 18_500, 26_000, 33_000, 41_000, 52_000, 75_000, 120_000 };
		for (int i = 0; i < large.length; i++, n++) {
			all.add(new Member(name(n), "SECTOR_MEMBER", DEVELOPED[n % DEVELOPED.length], large[i], i % 3 == 0 ? "5" : "2", null,
					2001 + i % 12));
		}
		String[] developing = { "KE", "BD", "PE" };
		for (int i = 0; i < developing.length; i++, n++) {
			all.add(new Member(name(n), "SECTOR_MEMBER", developing[i], 40 + 60 * i, "1/16", null, 2014 + i));
		}
		for (int i = 0; i < 22; i++, n++) {
			all.add(new Member(name(n), "ASSOCIATE", DEVELOPED[(n + 3) % DEVELOPED.length], 12 + (i * 53) % 280, null,
					GROUPS[i % GROUPS.length], 2012 + i % 7));
		}
		for (int i = 0; i < 5; i++, n++) {
			all.add(new Member(name(n), "ASSOCIATE", DEVELOPED[(n + 5) % DEVELOPED.length], 30 + 40 * i, null,
					i % 2 == 0 ? "ITU-D-SG1" : "ITU-D-SG2", 2013 + i));
		}
		return List.copyOf(all);
	}

	private static String name(int n) {
		return FIRST[n % FIRST.length] + " " + SECOND[(n / FIRST.length) % SECOND.length] + " (illustrative)";
	}

	private final OrganizationDirectory organizations;
	private final MembershipCategories categories;
	private final MembershipRegister register;
	private final AdjustableClock clock;

	MembershipHistory(OrganizationDirectory organizations, MembershipCategories categories, MembershipRegister register,
			AdjustableClock clock) {
		this.organizations = organizations;
		this.categories = categories;
		this.register = register;
		this.clock = clock;
	}

	/** The fees (illustrative, set on 1 January 2019) and the members, each created on 1 March of the year it joined. */
	void replay(Actor secretariat) {
		clock.runAt(LocalDate.of(2019, 1, 1).atTime(9, 0).toInstant(ZoneOffset.UTC), () -> {
			fee(secretariat, "SECTOR_MEMBER", "ITU-T", "31800", null);
			fee(secretariat, "SECTOR_MEMBER", "ITU-D", "7950", null);
			fee(secretariat, "ASSOCIATE", "ITU-T", "10600", null);
			fee(secretariat, "ASSOCIATE", "ITU-D", "2650", null);
			fee(secretariat, "ACADEMIA", "ITU-T", "3975", null);
			fee(secretariat, "ACADEMIA", "ITU-D", "1987.50", null);
			fee(secretariat, "SME", "ITU-T", "2650", 250);
			fee(secretariat, "SME", "ITU-D", "1325", 250);
			return null;
		});
		for (Member m : MEMBERS) {
			clock.runAt(LocalDate.of(m.joined(), 3, 1).atTime(9, 0).toInstant(ZoneOffset.UTC), () -> {
				String id = organizations.create(secretariat, new OrganizationDirectory.NewOrganization(m.name(), m.kind(),
						m.country(), m.employees(), null, null, null,
						"An illustrative member of the demo: its name, size and class are not real.",
						List.of(), m.studyGroup() == null ? List.of() : List.of(m.studyGroup()))).id();
				if (m.contributoryClass() != null && !"1".equals(m.contributoryClass())) {
					register.of(id).forEach(membership -> register.setClass(secretariat, membership.id(), m.contributoryClass()));
				}
				return null;
			});
		}
	}

	private void fee(Actor secretariat, String code, String sector, String amount, Integer maxEmployees) {
		categories.set(secretariat, code, sector, new BigDecimal(amount), "CHF", maxEmployees);
	}
}
