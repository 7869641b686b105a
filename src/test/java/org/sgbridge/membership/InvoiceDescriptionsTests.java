package org.sgbridge.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.meeting.MeetingRegistrations;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.testing.Api;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PageClient;
import org.sgbridge.testing.PilotFixtures.Person;
import org.sgbridge.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * An invoice says what it is for in the reader's language, on the page and in its PDF: a membership's
 * fee of a year in its category (named in that language) and sector, or the participation in a
 * meeting with its date; the English text stored at issue stays what the API gives.
 */
class InvoiceDescriptionsTests extends ApiTest {

	static final Actor STAFF = new Actor("describe-tests-staff", "staff@example.org", "Staff", Set.of(Actor.SECRETARIAT));

	@Autowired
	Invoices invoices;

	@Autowired
	InvoiceDescriptions descriptions;

	@Autowired
	MembershipRegister register;

	@Autowired
	OrganizationDirectory organizations;

	@Autowired
	Meetings meetings;

	@Autowired
	MeetingRegistrations registrations;

	@Autowired
	MessageSource messages;

	@Test
	void aMembershipAndAMeetingInvoiceReadInTheReadersLanguage() throws Exception {
		Person rep = pilot.person("describe-member", Set.of());
		Map<String, Object> body = new HashMap<>(Map.of("name", "Describe Telecom " + System.nanoTime(), "kind", "SECTOR_MEMBER",
				"country", "PE", "sectors", List.of("ITU-T")));
		Api.Response created = api.bearer(pilot.secretariat()).post("/api/v1/organizations", body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		String org = created.json().path("id").asString();
		organizations.addMember(STAFF, org, rep.id());
		Membership membership = register.of(org).get(0);
		Invoice fee = invoices.issue(org, Invoice.Purpose.MEMBERSHIP, membership.id(), "Membership fee 2027: sector member, ITU-T",
				new BigDecimal("31800.00"), LocalDate.now(clock).plusDays(60), Act.system(clock));
		int year = fee.dueOn().getYear();

		LocalDate today = LocalDate.now(clock);
		String title = "Describe meeting " + System.nanoTime();
		String meeting = meetings.create(STAFF, new Meetings.NewMeeting("ITU-T-SG20", "STUDY_GROUP", title, today.plusDays(40),
				today.plusDays(42), "Geneva", "CH", true, today.minusDays(1), today.plusDays(30), null, null)).id();
		Actor member = new Actor(rep.id(), rep.email(), "Describe member", Set.of());
		String registration = registrations.register(member, meeting, org, "REMOTE", false).id();
		Invoice participation = invoices.issue(org, Invoice.Purpose.MEETING, registration, "Participation in " + title,
				new BigDecimal("300.00"), today.plusDays(20), Act.system(clock));

		String sectorMemberFr = messages.getMessage("membership.category.SECTOR_MEMBER", null, Locale.FRENCH);
		assertThat(descriptions.of(fee, Locale.FRENCH)).isEqualTo("Cotisation " + year + " : " + sectorMemberFr + ", \u2068ITU-T\u2069");
		assertThat(descriptions.of(participation, Locale.FRENCH)).startsWith("Participation à \u2068" + title + "\u2069 (\u2068")
			.doesNotContain(today.plusDays(40).toString());
		// In Arabic the Latin title and the date are each isolated, so that the date's digits and bracket do not join
		// the title's left-to-right run.
		String arabicDate = Dates.format(today.plusDays(40), Locale.forLanguageTag("ar"));
		assertThat(descriptions.of(participation, Locale.forLanguageTag("ar")))
			.isEqualTo("المشاركة في \u2068" + title + "\u2069 (\u2068" + arabicDate + "\u2069)");
		assertThat(descriptions.of(fee, Locale.CHINESE)).startsWith(year + "年会费：");

		// The PDF in Chinese, read back.
		HttpResponse<byte[]> pdf = api.bearer(rep.token()).with("Accept-Language", "zh")
			.getBytes("/api/v1/invoices/" + fee.id(), "Accept", "application/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(InvoiceApiTests.text(pdf.body()).replaceAll("[\u2066-\u2069\\s]", "")).contains(year + "年会费")
			.doesNotContain("\uFFFD");
		// The member's page in Arabic; the API keeps the text stored at issue.
		PageClient page = new PageClient(port);
		assertThat(page.signIn(rep.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		String arabic = page.get("/invoices?lang=ar").body();
		assertThat(arabic).contains("رسوم العضوية لعام " + year, "المشاركة في \u2068" + title + "\u2069");
		assertThat(api.bearer(rep.token()).get("/api/v1/invoices/" + fee.id()).json().path("description").asString())
			.isEqualTo("Membership fee 2027: sector member, ITU-T");
	}
}
