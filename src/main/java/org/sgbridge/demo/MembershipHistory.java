package org.sgbridge.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.meeting.Meeting;
import org.sgbridge.meeting.MeetingFees;
import org.sgbridge.meeting.MeetingRegistrations;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.membership.Invoice;
import org.sgbridge.membership.Invoices;
import org.sgbridge.membership.MembershipCategories;
import org.sgbridge.membership.MembershipInvoicing;
import org.sgbridge.membership.MembershipRegister;
import org.sgbridge.membership.PaymentImports;
import org.sgbridge.platform.Act;
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
	private final MembershipInvoicing invoicing;
	private final Invoices invoices;
	private final PaymentImports payments;
	private final AccountManagement accounts;
	private final Meetings meetings;
	private final MeetingFees fees;
	private final MeetingRegistrations registrations;
	private final java.nio.file.Path demoFolder;

	MembershipHistory(OrganizationDirectory organizations, MembershipCategories categories, MembershipRegister register,
			AdjustableClock clock, MembershipInvoicing invoicing, Invoices invoices, PaymentImports payments,
			AccountManagement accounts, Meetings meetings, MeetingFees fees, MeetingRegistrations registrations,
			@org.springframework.beans.factory.annotation.Value("${sgbridge.demo.folder:data/demo}") String demoFolder) {
		this.invoicing = invoicing;
		this.invoices = invoices;
		this.payments = payments;
		this.accounts = accounts;
		this.meetings = meetings;
		this.fees = fees;
		this.registrations = registrations;
		this.demoFolder = java.nio.file.Path.of(demoFolder);
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

	/**
	 * A year of invoices in every state, through the services and the bank's files as they would come:
	 * the 2026 invoices issued on 1 September 2025, all but three paid by the bank's file of February;
	 * one cancelled and one refunded by a credit note; three left unpaid, suspended on 1 October 2026, one of them paid
	 * on 15 October and restored; the 2027 invoices issued on 1 September 2026, open. Then a meeting
	 * with a fee a month ahead of today, with two companies that are not members registered: one paid
	 * (waiting for its DFP), one not (waiting for its payment); and a camt.054 file in the demo folder
	 * that pays it and one 2027 invoice, with a credit of an unknown reference and a short one, to try
	 * the import.
	 */
	void invoices(Actor secretariat, String password, LocalDate today) {
		clock.runAt(LocalDate.of(2025, 9, 1).atTime(8, 0).toInstant(ZoneOffset.UTC), () -> invoicing.issueYear(secretariat, 2026));
		List<Invoice> year2026 = invoices.all(Invoice.Status.OPEN).stream()
			.filter(i -> i.purpose() == Invoice.Purpose.MEMBERSHIP && i.dueOn().equals(LocalDate.of(2026, 3, 31)))
			.sorted(java.util.Comparator.comparing(Invoice::number)).toList();
		List<Invoice> unpaid = year2026.subList(year2026.size() - 3, year2026.size());
		Invoice cancelled = year2026.get(year2026.size() - 4);
		clock.runAt(LocalDate.of(2025, 11, 20).atTime(10, 0).toInstant(ZoneOffset.UTC),
				() -> invoices.cancel(cancelled.id(), "Issued twice for the same membership (demo)", Act.ofStaff(secretariat, clock)));
		List<Credit> february = year2026.subList(0, year2026.size() - 4).stream()
			.map(i -> new Credit(i.reference(), i.amount(), "Member (illustrative)")).toList();
		clock.runAt(LocalDate.of(2026, 2, 27).atTime(18, 0).toInstant(ZoneOffset.UTC),
				() -> payments.importFile(secretariat, "camt054-2026-02-27.xml", camt("DEMO-2026-02", LocalDate.of(2026, 2, 27), february)));
		Invoice refunded = year2026.get(0);
		clock.runAt(LocalDate.of(2026, 3, 10).atTime(10, 0).toInstant(ZoneOffset.UTC),
				() -> invoices.refund(refunded.id(), "Paid twice, by the member and its parent company (demo)",
						Act.ofStaff(secretariat, clock)));
		clock.runAt(LocalDate.of(2026, 10, 1).atTime(1, 0).toInstant(ZoneOffset.UTC), invoicing::suspendInArrears);
		clock.runAt(LocalDate.of(2026, 10, 15).atTime(18, 0).toInstant(ZoneOffset.UTC),
				() -> payments.importFile(secretariat, "camt054-2026-10-15.xml", camt("DEMO-2026-10", LocalDate.of(2026, 10, 15),
						List.of(new Credit(unpaid.get(0).reference(), unpaid.get(0).amount(), "Late member (illustrative)")))));
		if (!LocalDate.of(2026, 9, 1).isAfter(today)) {
			clock.runAt(LocalDate.of(2026, 9, 1).atTime(8, 0).toInstant(ZoneOffset.UTC), () -> invoicing.issueYear(secretariat, 2027));
		}

		// A meeting with a fee, a month and a half ahead, and two companies that are not members.
		Meeting meeting = clock.runAt(today.minusDays(12).atTime(9, 0).toInstant(ZoneOffset.UTC), () -> {
			Meeting m = meetings.create(secretariat, new Meetings.NewMeeting("ITU-T-SG16", "RAPPORTEUR_GROUP",
					"Q21/16 rapporteur group, open to companies for a fee (demo)", today.plusDays(45), today.plusDays(46),
					"Geneva", "CH", true, today.minusDays(10), today.plusDays(30), 60, null));
			fees.set(secretariat, m.id(), new BigDecimal("300"), "CHF");
			return m;
		});
		List<String> registered = new java.util.ArrayList<>();
		for (String[] c : new String[][] { { "tunis-apps", "Carthage Apps SARL (fictional)", "TN" },
				{ "sousse-iot", "Sousse IoT Lab (fictional)", "TN" } }) {
			clock.runAt(today.minusDays(6).atTime(11, 0).toInstant(ZoneOffset.UTC), () -> {
				Actor rep = actor(accounts.createActive("rep." + c[0] + "@sgbridge.demo", password,
						"Representative of " + c[1] + " (demo)", java.util.Set.of(), "fr"));
				String org = organizations.create(rep, new OrganizationDirectory.NewOrganization(c[1], "COMPANY", c[2], 12, null,
						null, null, "A company that is not a member, taking part by paying (demo).", List.of(), List.of())).id();
				registered.add(registrations.register(rep, meeting.id(), org, "REMOTE", false).invoiceId());
				return null;
			});
		}
		Invoice paidOne = invoices.find(registered.get(0)).orElseThrow();
		clock.runAt(today.minusDays(3).atTime(18, 0).toInstant(ZoneOffset.UTC),
				() -> payments.importFile(secretariat, "camt054-pay-as-you-go.xml", camt("DEMO-PAYG", today.minusDays(3),
						List.of(new Credit(paidOne.reference(), paidOne.amount(), "Carthage Apps SARL")))));
		writeTryFile(invoices.find(registered.get(1)).orElseThrow(), today);
	}

	/** The file to try the import with: the unpaid registration and a 2027 invoice paid, an unknown reference, a short payment. */
	private void writeTryFile(Invoice payAsYouGo, LocalDate today) {
		List<Invoice> open2027 = invoices.all(Invoice.Status.OPEN).stream()
			.filter(i -> i.purpose() == Invoice.Purpose.MEMBERSHIP && i.dueOn().equals(LocalDate.of(2027, 3, 31)))
			.sorted(java.util.Comparator.comparing(Invoice::number)).toList();
		List<Credit> credits = new java.util.ArrayList<>();
		credits.add(new Credit(payAsYouGo.reference(), payAsYouGo.amount(), "Sousse IoT Lab"));
		if (open2027.size() >= 2) {
			credits.add(new Credit(open2027.get(0).reference(), open2027.get(0).amount(), "Member (illustrative)"));
			credits.add(new Credit(open2027.get(1).reference(), open2027.get(1).amount().subtract(new BigDecimal("100.00")),
					"Member paying short (illustrative)"));
		}
		credits.add(new Credit("210000000003139471430009017", new BigDecimal("1250.00"), "Unknown payer"));
		try {
			java.nio.file.Files.createDirectories(demoFolder);
			java.nio.file.Path file = demoFolder.resolve("camt054-demo.xml");
			java.nio.file.Files.write(file, camt("DEMO-TRY-" + today, today, credits));
			org.slf4j.LoggerFactory.getLogger(MembershipHistory.class)
				.info("Demo: a camt.054 file to try the import on /payments is at {}", file.toAbsolutePath());
		}
		catch (java.io.IOException e) {
			org.slf4j.LoggerFactory.getLogger(MembershipHistory.class).warn("Demo: the camt.054 file could not be written: {}", e.toString());
		}
	}

	/** A credit to ITU's account: the QR reference it pays, the amount in CHF and who paid. */
	record Credit(String reference, BigDecimal amount, String debtor) {
	}

	/** A bank's credit notification (camt.054.001.08) as a Swiss bank sends it, one entry per credit. */
	static byte[] camt(String id, LocalDate booked, List<Credit> credits) {
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
				  <BkToCstmrDbtCdtNtfctn>
				    <GrpHdr><MsgId>%1$s</MsgId><CreDtTm>%2$sT18:00:00+01:00</CreDtTm></GrpHdr>
				    <Ntfctn>
				      <Id>%1$s-N</Id><CreDtTm>%2$sT18:00:00+01:00</CreDtTm>
				      <Acct><Id><IBAN>CH4431999123000889012</IBAN></Id><Ccy>CHF</Ccy></Acct>
				""".formatted(id, booked));
		int n = 0;
		for (Credit c : credits) {
			n++;
			xml.append("""
				      <Ntry>
				        <Amt Ccy="CHF">%2$s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
				        <BookgDt><Dt>%3$s</Dt></BookgDt><ValDt><Dt>%3$s</Dt></ValDt>
				        <AcctSvcrRef>%1$s-E%4$d</AcctSvcrRef>
				        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>VCOM</SubFmlyCd></Fmly></Domn></BkTxCd>
				        <NtryDtls><TxDtls>
				          <Refs><AcctSvcrRef>%1$s-T%4$d</AcctSvcrRef></Refs>
				          <Amt Ccy="CHF">%2$s</Amt><CdtDbtInd>CRDT</CdtDbtInd>
				          <RltdPties><Dbtr><Pty><Nm>%5$s</Nm></Pty></Dbtr></RltdPties>
				          <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Prtry>QRR</Prtry></CdOrPrtry></Tp><Ref>%6$s</Ref></CdtrRefInf></Strd></RmtInf>
				        </TxDtls></NtryDtls>
				      </Ntry>
				""".formatted(id, c.amount().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString(), booked, n,
					c.debtor(), c.reference()));
		}
		xml.append("""
				    </Ntfctn>
				  </BkToCstmrDbtCdtNtfctn>
				</Document>
				""");
		return xml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static Actor actor(org.sgbridge.account.AccountView view) {
		return new Actor(view.id(), view.email(), view.name(), view.roles());
	}

	private void fee(Actor secretariat, String code, String sector, String amount, Integer maxEmployees) {
		categories.set(secretariat, code, sector, new BigDecimal(amount), "CHF", maxEmployees);
	}
}
