package org.sgbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.NationalSmeCriteria;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.document.Contributions;
import org.sgbridge.meeting.MeetingRegistrations;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.membership.Invoice;
import org.sgbridge.membership.Invoices;
import org.sgbridge.pilot.AdmissionManagement;
import org.sgbridge.pilot.InterestRegister;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.StatementCounter;
import org.sgbridge.testing.TestAccounts;
import org.sgbridge.testing.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The project's guard against a query per row: the main pages and API reads, for the roles that
 * use them, take no more SQL statements when every list they show holds three times the rows. The
 * rows are made through the modules' services (with their rules, histories, audit and mail), the
 * accounts behind them written directly (a password hash each would take minutes): per round,
 * meetings upcoming and past, delegates of an Administration waiting for its DFP, academia without
 * a focal point waiting for the secretariat, SMEs with admission requests (half approved),
 * validated participants with contributions co-signed by those SMEs, expressions of interest,
 * companies with focal points.
 * All of it in Member States no other test uses (ER, SS, TL), so the lists are of these rows.
 */
@Import(StatementCounter.Config.class)
class QueriesPerRowTests extends ApiTest {

	/** Rows per round, and so per list, at the first count; the second count is at three times as many. */
	static final int N = 30;

	private static final String DFP_STATE = "ER";

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganizationDirectory organizations;

	@Autowired
	FocalPoints focalPoints;

	@Autowired
	NationalSmeCriteria criteria;

	@Autowired
	Meetings meetings;

	@Autowired
	MeetingRegistrations registrations;

	@Autowired
	AdmissionManagement admissions;

	@Autowired
	Contributions contributions;

	@Autowired
	InterestRegister interest;

	@Autowired
	Invoices invoices;

	private final String token = "Q" + UUID.randomUUID().toString().substring(0, 6);
	private final String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	private int made;

	private Actor staff;
	private Actor dfp;
	private Api staffApi;
	private Api dfpApi;
	private PageClient staffPages;
	private PageClient dfpPages;
	private PageClient anonymous;
	private String administration;
	private String documentsMeeting;

	@Test
	void theMainPagesAndApiReadsTakeNoMoreStatementsForThreeTimesTheRows() {
		setUp();
		round(N);
		Map<String, Integer> few = count();
		round(2 * N);
		assertThat(staffApi.get("/api/v1/organizations?q=" + token + "&size=500").json().path("total").asInt())
			.as("SMEs, academia and companies made").isEqualTo(3 * N + 3 * N / 5 + 3 * N);
		Map<String, Integer> many = count();
		List<String> grown = new ArrayList<>();
		few.forEach((path, n) -> {
			if (many.get(path) > n) {
				grown.add(path + ": " + n + " statements with " + N + " rows, " + many.get(path) + " with " + 3 * N);
			}
		});
		assertThat(grown).as("reads whose statements grow with the rows (all counts at %d rows: %s)", N, few).isEmpty();
	}

	/**
	 * The statements of each read, at the data as it is now (the least of two counts, after a first
	 * read that also checks that the list shows the last row made, where it is a list of them).
	 */
	private Map<String, Integer> count() {
		String last = " " + (made - 1);
		String lastEven = " " + ((made - 1) / 2 * 2);
		String upcoming = "/meetings?q=" + token + "&size=100";
		String past = "/meetings?past=true&q=" + token + "&size=100";
		String meeting = "/meetings/" + documentsMeeting;
		String documents = "/meetings/" + documentsMeeting + "/documents?size=100";
		Map<String, IntSupplier> reads = new LinkedHashMap<>();
		page(reads, "anonymous", anonymous, "/", null);
		page(reads, "anonymous", anonymous, upcoming, "Meeting " + token + last);
		page(reads, "anonymous", anonymous, past, "Past " + token + last);
		page(reads, "anonymous", anonymous, meeting, "Documents " + token);

		page(reads, "secretariat", staffPages, "/", null);
		page(reads, "secretariat", staffPages, upcoming, "Meeting " + token + last);
		page(reads, "secretariat", staffPages, past, "Past " + token + last);
		page(reads, "secretariat", staffPages, meeting, "Delegate " + token + last);
		page(reads, "secretariat", staffPages, "/meetings/validation?q=" + token + "&size=100", "Researcher " + token + last);
		page(reads, "secretariat", staffPages, "/documents?q=" + token + "&size=100", "Contribution " + token + last);
		page(reads, "secretariat", staffPages, "/documents?q=" + word + "&size=100", "Contribution " + token + last);
		page(reads, "secretariat", staffPages, documents, "Contribution " + token + last);
		page(reads, "secretariat", staffPages, "/reports/pilot", null);
		page(reads, "secretariat", staffPages, "/reports/pilot/annex.json", "SME " + token + lastEven);
		page(reads, "secretariat", staffPages, "/pilot/overview", null);
		page(reads, "secretariat", staffPages, "/pilot/interests?q=" + token + "&size=100", "Interested " + token + last);
		page(reads, "secretariat", staffPages, "/audit?memberState=" + DFP_STATE, token);
		page(reads, "secretariat", staffPages, "/focal-points?country=TL", "Company " + token);
		page(reads, "secretariat", staffPages, "/membership?category=SECTOR_MEMBER&size=100", null);
		page(reads, "secretariat", staffPages, "/membership/what-if?maxEmployees=300&annualFee=5000", null);
		api(reads, "secretariat", staffApi, "/api/v1/reports/sme-category?maxEmployees=300&annualFee=5000", null);
		page(reads, "secretariat", staffPages, "/invoices?view=all&q=" + token + "&size=100", "Company " + token + last);
		page(reads, "secretariat", staffPages, "/invoices/export.csv?view=open", "Company " + token + last);
		page(reads, "secretariat", staffPages, "/payments", null);
		page(reads, "secretariat", staffPages, "/fellowships", null);
		page(reads, "secretariat", staffPages, "/reports/bsg", null);
		api(reads, "secretariat", staffApi, "/api/v1/invoices?status=OPEN&size=500", null);
		api(reads, "secretariat", staffApi, "/api/v1/registrations/to-validate?size=500", null);
		api(reads, "secretariat", staffApi, "/api/v1/organizations?q=" + token + "&size=500", "SME " + token + last);
		api(reads, "secretariat", staffApi, "/api/v1/organizations?country=" + DFP_STATE + "&size=500", "SME " + token + last);
		api(reads, "secretariat", staffApi, "/api/v1/admission-requests?country=" + DFP_STATE + "&size=500",
				"SME " + token + last);
		String ofMeeting = "/api/v1/meetings/" + documentsMeeting;
		api(reads, "secretariat", staffApi, ofMeeting + "/participants?size=500", "Delegate " + token + last);
		api(reads, "secretariat", staffApi, ofMeeting + "/contributions?size=500", "Contribution " + token + last);
		api(reads, "secretariat", staffApi, ofMeeting + "/contributions?size=500&q=" + word, "Contribution " + token + last);
		api(reads, "secretariat", staffApi, "/api/v1/expressions-of-interest?size=500", "Interested " + token);
		api(reads, "secretariat", staffApi, "/api/v1/reports/pilot", null);
		api(reads, "secretariat", staffApi, "/api/v1/reports/pilot/annex", "SME " + token + lastEven);
		api(reads, "secretariat", staffApi, "/api/v1/audit?memberState=" + DFP_STATE + "&size=500", token);

		page(reads, "DFP", dfpPages, "/", null);
		page(reads, "DFP", dfpPages, upcoming, "Meeting " + token + last);
		page(reads, "DFP", dfpPages, meeting, "Delegate " + token + last);
		page(reads, "DFP", dfpPages, "/meetings/validation?size=100", "Delegate " + token + last);
		page(reads, "DFP", dfpPages, "/pilot/inbox?size=100", "SME " + token + last);
		page(reads, "DFP", dfpPages, "/documents?q=" + token + "&size=100", "Contribution " + token + last);
		page(reads, "DFP", dfpPages, "/reports/pilot", null);
		page(reads, "DFP", dfpPages, "/delegation?size=100", "Delegate " + token + last);
		page(reads, "DFP", dfpPages, "/fellowships/endorsements", null);
		api(reads, "DFP", dfpApi, "/api/v1/registrations/to-validate?size=500", null);
		api(reads, "DFP", dfpApi, "/api/v1/admission-requests?status=SUBMITTED&size=500", "SME " + token + last);
		api(reads, "DFP", dfpApi, "/api/v1/reports/pilot", null);
		api(reads, "DFP", dfpApi, "/api/v1/audit?size=500", token);
		api(reads, "DFP", dfpApi, "/api/v1/me", null);

		Map<String, Integer> counts = new LinkedHashMap<>();
		reads.forEach((name, read) -> {
			read.getAsInt();
			counts.put(name, Math.min(statements.during(read::getAsInt), statements.during(read::getAsInt)));
		});
		return counts;
	}

	/** A page read by {@code who}; {@code shows}, when not null, a text it must hold (the list's last row). */
	private static void page(Map<String, IntSupplier> reads, String who, PageClient client, String path, String shows) {
		reads.put(who + " " + path, () -> {
			var response = client.get(path);
			assertThat(response.statusCode()).as("%s %s", who, path).isEqualTo(200);
			if (shows != null) {
				assertThat(response.body()).as("%s %s", who, path).contains(shows);
			}
			return 0;
		});
	}

	private static void api(Map<String, IntSupplier> reads, String who, Api client, String path, String shows) {
		reads.put(who + " " + path, () -> {
			Api.Response response = client.get(path);
			assertThat(response.status()).as("%s %s: %s", who, path, response).isEqualTo(200);
			if (shows != null) {
				assertThat(response.body()).as("%s %s", who, path).contains(shows);
			}
			return 0;
		});
	}

	/** The readers (the secretariat, the DFP of ER, someone not signed in) and the meeting the documents go to. */
	private void setUp() {
		Person secretariat = pilot.person("queries-staff", Set.of("SECRETARIAT"));
		Person focal = pilot.dfp(DFP_STATE);
		staff = actor(secretariat.id());
		dfp = actor(focal.id());
		staffApi = api.bearer(secretariat.token());
		dfpApi = api.bearer(focal.token());
		staffPages = signedIn(secretariat);
		dfpPages = signedIn(focal);
		anonymous = new PageClient(port);
		administration = pilot.administrationOf(DFP_STATE);
		criteria.set(staff, DFP_STATE, 250, new BigDecimal("50000000"), "USD", "Queries per row");
		LocalDate today = LocalDate.now(clock);
		documentsMeeting = meetings.create(staff, new Meetings.NewMeeting("ITU-T-SG20", "STUDY_GROUP",
				"Documents " + token, today.plusDays(40), today.plusDays(44), "Geneva", "CH", true, today.minusDays(1),
				today.plusDays(30), null, today.plusDays(30))).id();
		// The DFP takes part for its Administration (validated at once) and so reads the meeting's documents.
		registrations.register(dfp, documentsMeeting, administration, "REMOTE", false);
	}

	private PageClient signedIn(Person person) {
		PageClient client = new PageClient(port);
		assertThat(client.signIn(person.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	/** {@code rows} more of everything the reads list. */
	private void round(int rows) {
		LocalDate today = LocalDate.now(clock);
		List<String> upcoming = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			upcoming.add(meetings.create(staff, new Meetings.NewMeeting(i % 2 == 0 ? "ITU-T-SG20" : "ITU-D-SG1",
					"STUDY_GROUP", "Meeting " + token + " " + (made + i), today.plusDays(30 + i % 20),
					today.plusDays(32 + i % 20), "Geneva", "CH", true, today.minusDays(1), today.plusDays(25), null, null)).id());
		}
		// Past meetings, made as they were: a year and more ago.
		Instant yearAgo = clock.instant().minus(Duration.ofDays(400));
		clock.runAt(yearAgo, () -> {
			LocalDate then = LocalDate.now(clock);
			for (int i = 0; i < rows; i++) {
				meetings.create(staff, new Meetings.NewMeeting("ITU-T-SG16", "STUDY_GROUP", "Past " + token + " " + (made + i),
						then.plusDays(20 + i % 30), then.plusDays(22 + i % 30), "Geneva", "CH", true, then.minusDays(1),
						then.plusDays(15), null, null));
			}
		});
		String academia = null;
		for (int i = 0; i < rows; i++) {
			int n = made + i;
			String meeting = upcoming.get(i);
			// A delegate of the Administration: waits for the DFP in one meeting, is validated in the other and contributes.
			Actor delegate = account("Delegate " + token + " " + n);
			organizations.addMember(staff, administration, delegate.accountId());
			registrations.register(delegate, meeting, administration, "REMOTE", false);
			String participation = registrations.register(delegate, documentsMeeting, administration, "REMOTE", false).id();
			registrations.decide(dfp, participation, "APPROVE", null);
			// An SME of the state, its representative asking to join the pilot; half are approved.
			Actor representative = account("Representative " + token + " " + n);
			String sme = organizations.create(representative, new OrganizationDirectory.NewOrganization("SME " + token + " " + n,
					"SME", DFP_STATE, 10 + n % 200, new BigDecimal(100_000 + 1_000 * n), "USD", null, null, null, null)).id();
			String request = admissions.submit(representative, sme, List.of(n % 2 == 0 ? "ITU-T-SG20" : "ITU-D-SG1"))
				.request().id();
			if (n % 2 == 0) {
				admissions.decide(dfp, request, "APPROVE", null);
			}
			contributions.submit(delegate, documentsMeeting, "Contribution " + token + " " + n, "About " + word, List.of(sme),
					List.of(), "paper.pdf", new ByteArrayInputStream(TestFiles.pdf("Text of " + word + " " + n)));
			// Academia with no focal point, five members each: they wait for the secretariat.
			if (n % 5 == 0) {
				academia = organizations.create(staff, new OrganizationDirectory.NewOrganization("University " + token + " " + n,
						"ACADEMIA", "SS", null, null, null, null, null, List.of("ITU-T", "ITU-D"), null)).id();
			}
			Actor researcher = account("Researcher " + token + " " + n);
			organizations.addMember(staff, academia, researcher.accountId());
			registrations.register(researcher, meeting, academia, "REMOTE", false);
			// A company that said it is interested, without an account.
			interest.express("Interested " + token + " " + n, DFP_STATE, "interest-" + UUID.randomUUID() + "@queries.example",
					List.of("ITU-T-SG20"), "rows-" + n, java.util.Locale.ENGLISH);
			// A company with a focal point of its own.
			Actor focalPoint = account("Focal point " + token + " " + n);
			String company = organizations.create(staff, new OrganizationDirectory.NewOrganization("Company " + token + " " + n,
					"SECTOR_MEMBER", "TL", null, null, null, null, null, List.of("ITU-T"), null)).id();
			focalPoints.designate(staff, company, List.of(focalPoint.accountId()));
			// Its membership's invoice, open.
			invoices.issue(company, Invoice.Purpose.MEMBERSHIP, UUID.randomUUID().toString(), "Membership fee " + n,
					new BigDecimal("1000.00"), today.plusDays(60), Act.ofStaff(staff, clock));
		}
		made += rows;
	}

	/** An active account without a role, written directly (no password anyone signs in with). */
	private Actor account(String name) {
		String id = UUID.randomUUID().toString();
		String email = "rows-" + id + "@queries.example";
		jdbc.sql("""
				INSERT INTO account (id, email, name, password_hash, locale, status, roles, created_at, version)
				VALUES (:id, :email, :name, '{noop}not-used', 'en', 'ACTIVE', '', :at, 0)""")
			.param("id", id)
			.param("email", email)
			.param("name", name)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return new Actor(id, email, name, Set.of());
	}

	private Actor actor(String accountId) {
		var a = accounts.find(accountId).orElseThrow();
		return new Actor(a.id(), a.email(), a.name(), a.roles());
	}
}
