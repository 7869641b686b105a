package org.sgbridge.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.PilotFixtures;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Contributions with real files: numbering, file rules, protected downloads, search, co-sources. */
@SpringBootTest(classes = SgBridgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sgbridge.files.max-size=1MB", "sgbridge.clamd=${SGBRIDGE_CLAMD:}" })
class ContributionApiTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	FileStore store;

	@Autowired
	JdbcClient jdbc;

	Api api;
	PilotFixtures pilot;
	Api staff;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		pilot = new PilotFixtures(accounts, api);
		staff = api.bearer(pilot.secretariat());
	}

	private String meeting(String group, LocalDate deadline) {
		LocalDate today = LocalDate.now();
		Map<String, Object> body = new HashMap<>(Map.of("studyGroup", group, "kind", "STUDY_GROUP", "title", "Contributions to " + group,
				"startDate", today.plusDays(30).toString(), "endDate", today.plusDays(31).toString(),
				"registrationOpens", today.toString(), "registrationCloses", today.plusDays(20).toString(),
				"contributionDeadline", deadline.toString()));
		return staff.post("/api/v1/meetings", body).json().path("id").asString();
	}

	/** A DFP of the country, registered for the meeting for its Administration (validated at once). */
	private Person participant(String country, String meeting) {
		Person dfp = pilot.dfp(country);
		String administration = administrationOf(country);
		assertThat(api.bearer(dfp.token()).post("/api/v1/meetings/" + meeting + "/registrations",
				Map.of("organizationId", administration, "mode", "REMOTE")).json().path("status").asString()).isEqualTo("VALIDATED");
		return dfp;
	}

	private String administrationOf(String country) {
		return pilot.administrationOf(country);
	}

	private Api.Response submit(Person who, String meeting, String title, String fileName, byte[] file) {
		return api.bearer(who.token()).postMultipart("/api/v1/meetings/" + meeting + "/contributions",
				Map.of("title", title), fileName, file);
	}

	private long rows() {
		return jdbc.sql("SELECT COUNT(*) FROM contribution").query(Long.class).single();
	}

	@Test
	void aValidatedParticipantSubmitsAPdfNumberedInTheSeriesAndReadersDownloadIt() {
		String meeting = meeting("ITU-T-SG16", LocalDate.now().plusDays(10));
		Person author = participant("PT", meeting);
		byte[] pdf = TestFiles.pdf("Proposal on photonic haptic widgets for accessible terminals");
		Api.Response created = submit(author, meeting, "Proposal on haptic widgets", "proposal.pdf", pdf);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		assertThat(created.json().path("number").asString()).matches("T17-SG16-C-\\d{4}");
		String id = created.json().path("id").asString();

		HttpResponse<byte[]> file = api.bearer(author.token()).getBytes("/api/v1/contributions/" + id + "/file");
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).isEqualTo(pdf);
		assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
				assertThat(d).startsWith("attachment").contains(created.json().path("number").asString() + ".pdf"));
		String etag = file.headers().firstValue("ETag").orElseThrow();
		assertThat(api.bearer(author.token()).getBytes("/api/v1/contributions/" + id + "/file", "If-None-Match", etag)
			.statusCode()).isEqualTo(304);

		Person outsider = pilot.person("outsider", Set.of());
		assertThat(api.bearer(outsider.token()).getBytes("/api/v1/contributions/" + id + "/file").statusCode()).isEqualTo(404);
		staff.post("/api/v1/contributions/" + id + "/publication", Map.of());
		assertThat(api.bearer(outsider.token()).getBytes("/api/v1/contributions/" + id + "/file").statusCode()).isEqualTo(200);

		Api.Response found = staff.get("/api/v1/meetings/" + meeting + "/contributions?q=photonic");
		assertThat(found.json().path("items").findValuesAsString("id")).containsExactly(id);
		assertThat(staff.get("/api/v1/meetings/" + meeting + "/contributions?q=zebra").json().path("total").asInt()).isZero();

		Api.Response revised = api.bearer(author.token()).postMultipart("/api/v1/contributions/" + id + "/revisions", null,
				"rev1.docx", TestFiles.docx("Revised proposal adding vibrotactile feedback"));
		assertThat(revised.json().path("revision").asInt()).isEqualTo(1);
		assertThat(revised.json().path("number").asString()).isEqualTo(created.json().path("number").asString());
		assertThat(staff.get("/api/v1/meetings/" + meeting + "/contributions?q=vibrotactile").json().path("total").asInt())
			.isEqualTo(1);
	}

	@Test
	void fileRulesAreJudgedByContentAndARefusalLeavesNoFileAndNoRow() {
		String meeting = meeting("ITU-T-SG20", LocalDate.now().plusDays(10));
		Person author = participant("UG", meeting);
		long rowsBefore = rows();
		long filesBefore = store.count("files");

		Api.Response executable = submit(author, meeting, "Innocent paper", "paper.pdf", TestFiles.executable());
		assertThat(executable.status()).isEqualTo(415);
		assertThat(executable.problem()).isEqualTo("file-type-not-allowed");

		Api.Response empty = submit(author, meeting, "Empty", "empty.pdf", new byte[0]);
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.problem()).isEqualTo("empty-file");

		Api.Response bomb = submit(author, meeting, "Archive", "data.zip", TestFiles.zipBomb(210));
		assertThat(bomb.status()).isEqualTo(422);
		assertThat(bomb.problem()).isEqualTo("archive-too-large");

		byte[] big = new byte[2 * 1024 * 1024];
		System.arraycopy(TestFiles.pdf("big"), 0, big, 0, 100);
		Api.Response tooLarge = submit(author, meeting, "Too large", "big.pdf", big);
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.problem()).isEqualTo("file-too-large");

		assertThat(rows()).isEqualTo(rowsBefore);
		assertThat(store.count("files")).isEqualTo(filesBefore);
		assertThat(store.count("tmp")).isZero();
	}

	@Test
	void aNulInTheFileNameIsInvalidInputAndNothingIsKept() {
		String meeting = meeting("ITU-T-SG20", LocalDate.now().plusDays(10));
		Person author = participant("RW", meeting);
		long rowsBefore = rows();
		Api.Response response = submit(author, meeting, "Named with a NUL", "paper\u0000.pdf", TestFiles.pdf("nul"));
		assertThat(response.status()).as("%s", response).isEqualTo(400);
		assertThat(response.problem()).isEqualTo("invalid-input");
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
		assertThat(rows()).isEqualTo(rowsBefore);
	}

	@Test
	void eicarIsRefusedWhereClamdRuns() {
		Assumptions.assumeTrue(System.getenv("SGBRIDGE_CLAMD") != null, "clamd not configured (SGBRIDGE_CLAMD)");
		String meeting = meeting("ITU-T-SG5", LocalDate.now().plusDays(10));
		Person author = participant("ZW", meeting);
		byte[] zip;
		try (var bytes = new java.io.ByteArrayOutputStream(); var out = new java.util.zip.ZipOutputStream(bytes)) {
			out.putNextEntry(new java.util.zip.ZipEntry("eicar.com"));
			out.write(TestFiles.eicar());
			out.closeEntry();
			out.finish();
			zip = bytes.toByteArray();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		Api.Response refused = submit(author, meeting, "Archive", "archive.zip", zip);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problem()).isEqualTo("malware-found");
	}

	@Test
	void onlyValidatedParticipantsBeforeTheDeadline() {
		String meeting = meeting("ITU-T-SG11", LocalDate.now().minusDays(1));
		Person late = participant("PY", meeting);
		Api.Response after = submit(late, meeting, "Late", "late.pdf", TestFiles.pdf("late"));
		assertThat(after.status()).isEqualTo(422);
		assertThat(after.problem()).isEqualTo("deadline-passed");
		Person stranger = pilot.person("stranger", Set.of());
		assertThat(submit(stranger, meeting, "No", "no.pdf", TestFiles.pdf("no")).status()).isEqualTo(403);
	}

	@Test
	void aCoSourceConfirmsThroughOneOfItsMembersAndAnUnknownCoSourceIsRefused() {
		String meeting = meeting("ITU-T-SG16", LocalDate.now().plusDays(10));
		Person author = participant("GH", meeting);
		Person other = pilot.person("co-author", Set.of());
		String company = staff.post("/api/v1/organizations", Map.of("name", "Co-source " + other.email(), "kind", "SECTOR_MEMBER",
				"country", "GH")).json().path("id").asString();
		staff.post("/api/v1/organizations/" + company + "/members", Map.of("accountId", other.id()));
		Api.Response unknown = api.bearer(author.token()).postMultipart("/api/v1/meetings/" + meeting + "/contributions",
				Map.of("title", "Joint", "sourceOrganizationIds", List.of("no-such-organization")), "j.pdf", TestFiles.pdf("joint"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("sourceOrganizationIds");

		Api.Response joint = api.bearer(author.token()).postMultipart("/api/v1/meetings/" + meeting + "/contributions",
				Map.of("title", "Joint", "sourceOrganizationIds", List.of(company)), "j.pdf", TestFiles.pdf("joint"));
		String id = joint.json().path("id").asString();
		assertThat(joint.json().path("sources").findValuesAsString("organizationId")).contains(company);
		Api.Response confirmed = api.bearer(other.token()).post("/api/v1/contributions/" + id + "/confirmation",
				Map.of("organizationId", company));
		assertThat(confirmed.status()).isEqualTo(200);
		for (var s : confirmed.json().path("sources")) {
			assertThat(s.path("confirmed").asBoolean()).isTrue();
		}
	}

	@Test
	void concurrentSubmissionsGetDistinctConsecutiveNumbers() throws Exception {
		String meeting = meeting("ITU-D-SG1", LocalDate.now().plusDays(10));
		Person author = participant("MZ", meeting);
		int threads = 8;
		byte[] pdf = TestFiles.pdf("parallel");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<Api.Response>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < threads; i++) {
				int n = i;
				answers.add(pool.submit(() -> {
					start.await();
					return submit(author, meeting, "Parallel " + n, "p.pdf", pdf);
				}));
			}
			start.countDown();
			List<Integer> numbers = new ArrayList<>();
			for (Future<Api.Response> a : answers) {
				assertThat(a.get().status()).as("%s", a.get()).isEqualTo(201);
				String number = a.get().json().path("number").asString();
				assertThat(number).startsWith("D18-SG1-C-");
				numbers.add(Integer.parseInt(number.substring(number.length() - 4)));
			}
			numbers.sort(null);
			assertThat(numbers).doesNotHaveDuplicates();
			assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).isEqualTo(threads - 1);
		}
		finally {
			pool.shutdownNow();
		}
	}
}
