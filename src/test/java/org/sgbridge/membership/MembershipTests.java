package org.sgbridge.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19, "categories as data": Sector Members, Associates and Academia hold a membership from
 * their creation, ACTIVE, in each of their sectors, so that nobody loses a right; a Sector Member's
 * class is one ITU has, 1/16 and 1/8 only for members from developing countries.
 */
class MembershipTests extends ApiTest {

	@Autowired
	MembershipRegister register;

	static final Actor STAFF = new Actor("membership-tests-staff", "staff@example.org", "Staff", Set.of(Actor.SECRETARIAT));

	private String create(String name, String kind, String country, Integer employees, String sectorsOrGroupKey,
			List<String> values) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name + " " + System.nanoTime());
		body.put("kind", kind);
		body.put("country", country);
		if (employees != null) {
			body.put("employees", employees);
		}
		if (sectorsOrGroupKey != null) {
			body.put(sectorsOrGroupKey, values);
		}
		Api.Response created = api.bearer(pilot.secretariat()).post("/api/v1/organizations", body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return created.json().path("id").asString();
	}

	@Test
	void sectorMembersAssociatesAndAcademiaHoldAnActiveMembershipFromTheirCreation() {
		String sectorMember = create("Andes Telecom", "SECTOR_MEMBER", "PE", 4000, null, null);
		String associate = create("Rift Valley Data", "ASSOCIATE", "KE", 45, "studyGroups", List.of("ITU-D-SG1"));
		String academia = create("Université de Carthage", "ACADEMIA", "TN", null, "sectors", List.of("ITU-T"));

		assertThat(register.of(sectorMember)).extracting(Membership::sector, Membership::category, Membership::status,
				Membership::contributoryClass)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ITU-T", "SECTOR_MEMBER", Membership.Status.ACTIVE, "1"),
					org.assertj.core.groups.Tuple.tuple("ITU-D", "SECTOR_MEMBER", Membership.Status.ACTIVE, "1"));
		assertThat(register.of(associate)).extracting(Membership::sector, Membership::category, Membership::contributoryClass)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ITU-D", "ASSOCIATE", null));
		assertThat(register.of(academia)).extracting(Membership::sector).containsExactly("ITU-T");
		Membership first = register.of(sectorMember).get(0);
		assertThat(first.startedOn()).isEqualTo(java.time.LocalDate.now(clock));
		assertThat(register.history(first.id())).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("status", "ACTIVE").containsEntry("reason", "created"));

		PilotFixtures.Person rep = pilot.person("membership-rep", Set.of());
		String sme = pilot.sme(rep, "Tiny Optics", "PE", 12, 50_000, "USD");
		assertThat(register.of(sme)).as("an SME holds no membership: the pilot, or later the SME category").isEmpty();
		Api.Response company = api.bearer(rep.token()).post("/api/v1/organizations",
				Map.of("name", "Lima Cloud " + System.nanoTime(), "kind", "COMPANY", "country", "PE", "employees", 30));
		assertThat(company.status()).as("a company that is not a member is created by its representative, like an SME")
			.isEqualTo(201);
		assertThat(register.of(company.json().path("id").asString())).isEmpty();
	}

	@Test
	void classesOfAnEighthAndASixteenthAreForMembersFromDevelopingCountriesOnly() {
		String swiss = create("Alpine Signals", "SECTOR_MEMBER", "CH", 900, "sectors", List.of("ITU-T"));
		String kenyan = create("Savannah Mobile", "SECTOR_MEMBER", "KE", 900, "sectors", List.of("ITU-T"));
		String academia = create("Geneva Institute", "ACADEMIA", "CH", null, "sectors", List.of("ITU-T"));
		String swissMembership = register.of(swiss).get(0).id();

		assertThatThrownBy(() -> register.setClass(STAFF, swissMembership, "1/16"))
			.isInstanceOfSatisfying(Problem.class, p -> assertThat(p.slug()).isEqualTo("invalid-input"))
			.satisfies(p -> assertThat(((Problem) p).fieldProblems()).extracting(Problem.FieldProblem::field).containsExactly("class"));
		assertThat(register.setClass(STAFF, swissMembership, "1/2").contributoryClass()).isEqualTo("1/2");
		assertThat(register.setClass(STAFF, swissMembership, "12.5").contributoryUnits()).isEqualByComparingTo("12.5");

		Membership kenya = register.setClass(STAFF, register.of(kenyan).get(0).id(), "1/16");
		assertThat(kenya.contributoryUnits()).isEqualByComparingTo("0.0625");
		assertThat(kenya.contributoryClass()).isEqualTo("1/16");
		assertThat(kenya.annualFee(new BigDecimal("31800"))).contains(new BigDecimal("1987.50"));

		assertThatThrownBy(() -> register.setClass(STAFF, swissMembership, "7"))
			.isInstanceOfSatisfying(Problem.class, p -> assertThat(p.slug()).isEqualTo("invalid-input"));
		assertThatThrownBy(() -> register.setClass(STAFF, register.of(academia).get(0).id(), "1"))
			.isInstanceOfSatisfying(Problem.class, p -> assertThat(p.slug()).isEqualTo("not-a-sector-member"));
		Actor member = new Actor("someone", "someone@example.org", "Someone", Set.of());
		assertThatThrownBy(() -> register.setClass(member, swissMembership, "1"))
			.isInstanceOfSatisfying(Problem.class, p -> assertThat(p.slug()).isEqualTo("forbidden"));
		assertThat(register.find(swissMembership).orElseThrow().contributoryClass()).as("nothing saved by a refusal")
			.isEqualTo("12.5");
	}
}
