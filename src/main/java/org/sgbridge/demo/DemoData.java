package org.sgbridge.demo;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.bsg.FellowshipManagement;
import org.sgbridge.bsg.course.A1Course;
import org.sgbridge.bsg.course.Certificates;
import org.sgbridge.bsg.course.Question;
import org.sgbridge.bsg.course.QuestionBank;
import org.sgbridge.account.AccountView;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.NationalSmeCriteria;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.decision.Decisions;
import org.sgbridge.document.Contributions;
import org.sgbridge.meeting.MeetingRegistrations;
import org.sgbridge.studygroup.Leadership;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.pilot.AdmissionManagement;
import org.sgbridge.pilot.InterestRegister;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.AdjustableClock;
import org.sgbridge.platform.InstallationFlags;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo: on by default with the embedded database, off on PostgreSQL, and only into an
 * empty database, one that holds nothing but the first administrator of {@code SGBRIDGE_ADMIN_EMAIL};
 * when it is not loaded, the log says why. History is replayed through the modules' own services with the
 * clock set to each step's date, so that it carries its real effective times. The password of the
 * demo accounts is {@code SGBRIDGE_DEMO_PASSWORD}, or one generated now and printed once.
 */
@Component
@Order(10)
public class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);
	private static final Instant START = Instant.parse("2017-05-25T09:00:00Z");

	/** The staff demo accounts, listed in the README. */
	static final List<DemoAccount> STAFF = List.of(
			new DemoAccount("admin@sgbridge.demo", "Demo Administrator", Set.of(Actor.ADMIN)),
			new DemoAccount("secretariat@sgbridge.demo", "Demo Secretariat (TSB)", Set.of(Actor.SECRETARIAT)),
			new DemoAccount("participant@sgbridge.demo", "Demo Participant", Set.of()));

	private final AccountManagement accounts;
	private final OrganizationDirectory organizations;
	private final FocalPoints focalPoints;
	private final NationalSmeCriteria criteria;
	private final AdmissionManagement admissions;
	private final InterestRegister interest;
	private final Meetings meetings;
	private final MeetingRegistrations registrations;
	private final Contributions contributions;
	private final Decisions decisions;
	private final Leadership leadership;
	private final FellowshipManagement fellowships;
	private final A1Course course;
	private final QuestionBank questionBank;
	private final Certificates certificates;
	private final InstallationFlags flags;
	private final AdjustableClock clock;
	private final TransactionTemplate transactions;
	private final JdbcClient jdbc;
	private final org.sgbridge.meeting.MeetingCheckIns checkIns;
	private final org.sgbridge.directory.MemberStates states;
	private final MembershipHistory membership;
	private final boolean enabled;
	private final String enabledSetting;
	private final String password;
	private final String firstAdministrator;

	DemoData(AccountManagement accounts, OrganizationDirectory organizations, FocalPoints focalPoints,
			NationalSmeCriteria criteria, AdmissionManagement admissions, InterestRegister interest,
			Meetings meetings, MeetingRegistrations registrations, Contributions contributions, Decisions decisions,
			Leadership leadership, FellowshipManagement fellowships, A1Course course, QuestionBank questionBank,
			Certificates certificates, InstallationFlags flags, AdjustableClock clock, TransactionTemplate transactions,
			JdbcClient jdbc, org.sgbridge.meeting.MeetingCheckIns checkIns, org.sgbridge.directory.MemberStates states,
			MembershipHistory membership, @Value("${sgbridge.demo.enabled:}") String enabled, @Value("${spring.datasource.url:}") String url,
			@Value("${sgbridge.demo.password:}") String password, @Value("${sgbridge.admin.email:}") String firstAdministrator) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.focalPoints = focalPoints;
		this.criteria = criteria;
		this.admissions = admissions;
		this.interest = interest;
		this.meetings = meetings;
		this.registrations = registrations;
		this.contributions = contributions;
		this.decisions = decisions;
		this.leadership = leadership;
		this.fellowships = fellowships;
		this.course = course;
		this.questionBank = questionBank;
		this.certificates = certificates;
		this.flags = flags;
		this.clock = clock;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.checkIns = checkIns;
		this.states = states;
		this.membership = membership;
		this.enabled = enabled.isBlank() ? url.startsWith("jdbc:h2:") : Boolean.parseBoolean(enabled);
		this.enabledSetting = enabled;
		this.password = password;
		this.firstAdministrator = firstAdministrator.trim();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			log.info("Demo data not loaded: {}", enabledSetting.isBlank()
					? "it is off with a database other than the embedded one (SGBRIDGE_DEMO=true loads it)"
					: "SGBRIDGE_DEMO is " + enabledSetting);
			return;
		}
		if (flags.isSet(InstallationFlags.DEMO_DATA)) {
			log.info("Demo data already loaded into this database");
			return;
		}
		if (!isEmpty()) {
			log.info("Demo data not loaded: the database is not empty (it holds accounts other than the first "
					+ "administrator{}, organisations, meetings or expressions of interest)",
					firstAdministrator.isEmpty() ? "" : " " + firstAdministrator);
			return;
		}
		String chosen = password.isBlank() ? generated() : password;
		load(chosen);
		log.warn("Demo data loaded. Demo accounts (see README) {}",
				password.isBlank() ? "have the generated password: " + chosen : "use SGBRIDGE_DEMO_PASSWORD");
	}

	/**
	 * Whether the database holds nothing but its reference data and the first administrator of
	 * {@code SGBRIDGE_ADMIN_EMAIL} (created before this runs): one query, whatever the data's size.
	 */
	boolean isEmpty() {
		return jdbc.sql("""
				SELECT CASE WHEN EXISTS (SELECT 1 FROM account WHERE LOWER(email) <> LOWER(:admin))
				    OR EXISTS (SELECT 1 FROM organization WHERE kind <> 'ADMINISTRATION')
				    OR EXISTS (SELECT 1 FROM meeting)
				    OR EXISTS (SELECT 1 FROM expression_of_interest) THEN 1 ELSE 0 END""")
			.param("admin", firstAdministrator)
			.query(Integer.class)
			.single() == 0;
	}

	/** Loads the demo once (a second call does nothing), with this password for every demo account. */
	public synchronized void load(String demoPassword) {
		if (flags.isSet(InstallationFlags.DEMO_DATA) || accounts.findByEmail(STAFF.get(0).email()).isPresent()) {
			return;
		}
		transactions.executeWithoutResult(t -> replay(demoPassword));
	}

	private void replay(String pw) {
		Map<String, Actor> people = new HashMap<>();
		Actor secretariat = at(START, () -> {
			for (DemoAccount staff : STAFF) {
				people.put(staff.email(), actor(accounts.createActive(staff.email(), pw, staff.name(), staff.roles(), "en")));
			}
			return people.get("secretariat@sgbridge.demo");
		});

		// The Designated Focal Points of the demo SMEs' countries, then some national criteria.
		List<String> countries = PilotHistory.SMES.stream().map(PilotHistory.Sme::country).distinct().sorted().toList();
		Map<String, Actor> dfps = new HashMap<>();
		at(Instant.parse("2017-06-01T09:00:00Z"), () -> {
			for (String country : countries) {
				String email = "dfp." + country.toLowerCase(Locale.ROOT) + "@sgbridge.demo";
				Actor dfp = actor(accounts.createActive(email, pw, "DFP " + country + " (demo)", Set.of(),
						"FR".equals(country) || "TN".equals(country) || "CH".equals(country) ? "fr" : "en"));
				focalPoints.designateForState(secretariat, country, List.of(dfp.accountId()));
				dfps.put(country, dfp);
			}
			return null;
		});
		at(Instant.parse("2017-06-15T09:00:00Z"), () -> {
			for (PilotHistory.Criteria c : PilotHistory.CRITERIA) {
				criteria.set(dfps.get(c.country()), c.country(), c.maxEmployees(), BigDecimal.valueOf(c.maxRevenue()),
						c.currency(), c.note());
			}
			return null;
		});

		// Every step of the history, in the order it happened.
		Map<String, PilotHistory.Sme> smes = new HashMap<>();
		PilotHistory.SMES.forEach(s -> smes.put(s.key(), s));
		Map<String, String> orgIds = new HashMap<>();
		Map<String, Actor> reps = new HashMap<>();
		List<Step> steps = new ArrayList<>();
		for (PilotHistory.Sme sme : PilotHistory.SMES) {
			LocalDate first = PilotHistory.REQUESTS.stream().filter(r -> r.sme().equals(sme.key()))
				.map(PilotHistory.Request::submitted).min(Comparator.naturalOrder()).orElseThrow();
			LocalDate interestDay = PilotHistory.INTERESTS.stream().filter(i -> sme.key().equals(i.sme()))
				.map(PilotHistory.Interest::on).findFirst().orElse(first);
			LocalDate created = (interestDay.isBefore(first) ? interestDay : first).minusDays(7);
			steps.add(new Step(created, 0, () -> {
				Actor rep = actor(accounts.createActive("rep." + sme.key() + "@sgbridge.demo", pw,
						"Representative of " + sme.name() + " (demo)", Set.of(), "en"));
				reps.put(sme.key(), rep);
				orgIds.put(sme.key(), organizations.create(rep, new OrganizationDirectory.NewOrganization(sme.name(), "SME",
						sme.country(), sme.employees(), BigDecimal.valueOf(sme.revenue()), sme.currency(), sme.website(),
						null, List.of(), List.of())).id());
			}));
		}
		for (PilotHistory.Interest i : PilotHistory.INTERESTS) {
			steps.add(new Step(i.on(), 1, () -> interest.express(i.organization(), i.country(),
					i.sme() == null ? "contact@" + slug(i.organization()) + ".example" : "rep." + i.sme() + "@sgbridge.demo",
					i.groups(), "demo", Locale.ENGLISH)));
		}
		Map<PilotHistory.Request, String> requestIds = new HashMap<>();
		for (PilotHistory.Request r : PilotHistory.REQUESTS) {
			steps.add(new Step(r.submitted(), 2, () -> requestIds.put(r,
					admissions.submit(reps.get(r.sme()), orgIds.get(r.sme()), r.groups()).request().id())));
			if (r.decision() != null) {
				steps.add(new Step(r.decided(), 3, () -> {
					String id = requestIds.get(r);
					switch (r.decision()) {
						case "WITHDRAW" -> admissions.withdraw(reps.get(r.sme()), id);
						default -> admissions.decide(dfps.get(smes.get(r.sme()).country()), id, r.decision(), r.reason());
					}
				}));
			}
		}
		Map<String, String> meetingIds = addMeetings(steps, secretariat, dfps, reps, orgIds);
		addWork(steps, secretariat, dfps, reps, meetingIds);
		addFellowships(steps, secretariat, dfps, reps, orgIds, meetingIds);
		addTrainings(steps, secretariat, pw);
		steps.sort(Comparator.comparing(Step::day).thenComparingInt(Step::order));
		for (Step step : steps) {
			at(step.day().atTime(9, 0).toInstant(ZoneOffset.UTC), () -> {
				step.work().run();
				return null;
			});
		}

		// One request waiting today, so that a DFP's inbox and the reminders have something to show.
		Instant waitingSince = clock.instant().minus(Duration.ofDays(20));
		at(waitingSince, () -> {
			Actor rep = actor(accounts.createActive("rep.sakura@sgbridge.demo", pw,
					"Representative of Sakura Haptics K.K. (fictional) (demo)", Set.of(), "en"));
			String org = organizations.create(rep, new OrganizationDirectory.NewOrganization("Sakura Haptics K.K. (fictional)",
					"SME", "JP", 35, BigDecimal.valueOf(900_000_000L), "JPY", null, null, List.of(), List.of())).id();
			admissions.submit(rep, org, List.of("ITU-T-SG16"));
			return null;
		});
		addLearners(pw, secretariat);
		membership.replay(secretariat);
		membership.invoices(secretariat, pw, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
		// An SME's representative sits in its Administration's delegation, added by the DFP of Tunisia.
		accounts.findByEmail("rep.innov@sgbridge.demo").ifPresent(rep -> at(Instant.parse("2019-02-01T09:00:00Z"), () -> {
			organizations.addMember(dfps.get("TN"), states.find("TN", LocalDate.of(2019, 2, 1)).orElseThrow().administrationId(),
					rep.id());
			return null;
		}));
		flags.set(InstallationFlags.DEMO_DATA);
	}

	/**
	 * Learners of the A.1 course at every stage (demo accounts): enrolled only, part-way, all six
	 * modules below the pass mark, and two with a certificate, one of them revoked. Each takes the
	 * quizzes through the course's rules on its days, answering a set share of the questions right.
	 */
	private void addLearners(String pw, Actor secretariat) {
		Map<String, String> right = new HashMap<>();
		for (int module = 1; module <= 6; module++) {
			for (Question q : questionBank.bank(secretariat, module)) {
				q.choices().stream().filter(Question.Choice::correct).findFirst().ifPresent(c -> right.put(q.id(), c.id()));
			}
		}
		record Learner(String key, String name, String locale, String enrolled, int modules, int share) {
		}
		Map<String, String> issued = new HashMap<>();
		List<Learner> learners = List.of(
				new Learner("amina", "Amina Diallo (demo)", "fr", "2019-09-02", 0, 0),
				new Learner("rahul", "Rahul Mehta (demo)", "en", "2019-10-14", 2, 90),
				new Learner("lucia", "Lucía Paredes (demo)", "es", "2019-11-05", 6, 60),
				new Learner("omar", "Omar Haddad (demo)", "ar", "2020-01-20", 6, 100),
				new Learner("mei", "Wang Mei (demo)", "zh", "2020-02-10", 6, 90));
		for (Learner l : learners) {
			LocalDate day = LocalDate.parse(l.enrolled());
			Actor learner = at(day.atTime(10, 0).toInstant(ZoneOffset.UTC), () -> {
				Actor a = actor(accounts.createActive("learner." + l.key() + "@sgbridge.demo", pw, l.name(), Set.of(), l.locale()));
				course.enrol(a);
				return a;
			});
			for (int module = 1; module <= l.modules(); module++) {
				int m = module;
				at(day.plusDays(3L * module).atTime(10, 0).toInstant(ZoneOffset.UTC), () -> {
					A1Course.AttemptView attempt = course.start(learner, m);
					int toGetRight = (int) Math.ceil(attempt.questions().size() * l.share() / 100.0);
					List<A1Course.Answer> answers = new ArrayList<>();
					for (int i = 0; i < attempt.questions().size(); i++) {
						A1Course.AskedQuestion q = attempt.questions().get(i);
						String good = right.get(q.id());
						String chosen = i < toGetRight ? good
								: q.choices().stream().map(A1Course.AskedChoice::id).filter(c -> !c.equals(good)).findFirst()
									.orElse(good);
						answers.add(new A1Course.Answer(q.id(), chosen));
					}
					A1Course.Result result = course.submit(learner, attempt.attempt().id(), answers);
					if (result.issued() != null && "omar".equals(l.key())) {
						issued.put(l.key(), result.issued().code());
					}
					return result;
				});
			}
		}
		// A certificate revoked: the verification page then says so.
		at(Instant.parse("2020-03-02T10:00:00Z"), () -> certificates.revoke(secretariat, issued.get("omar"),
				"Issued to an account shared by two people; the holder takes the course again (demo)."));
	}

	/** The 2018 meetings and their registrations, as steps of the same history. */
	private Map<String, String> addMeetings(List<Step> steps, Actor secretariat, Map<String, Actor> dfps,
			Map<String, Actor> reps, Map<String, String> orgIds) {
		Map<String, String> meetingIds = new HashMap<>();
		for (MeetingHistory.DemoMeeting m : MeetingHistory.MEETINGS) {
			steps.add(new Step(m.created(), 4, () -> meetingIds.put(m.key(), meetings.create(secretariat,
					new Meetings.NewMeeting(m.group(), m.kind(), m.title(), LocalDate.parse(m.start()),
							LocalDate.parse(m.end()), m.city(), m.country(), true, LocalDate.parse(m.opens()),
							LocalDate.parse(m.closes()), m.capacity(), LocalDate.parse(m.start()).minusDays(12)))
				.id())));
		}
		Map<MeetingHistory.DemoRegistration, String> ids = new HashMap<>();
		for (MeetingHistory.DemoRegistration r : MeetingHistory.REGISTRATIONS) {
			boolean delegate = r.who().startsWith("dfp:");
			steps.add(new Step(LocalDate.parse(r.on()), 5, () -> {
				Actor who = delegate ? dfps.get(r.who().substring(4)) : reps.get(r.who());
				String organization = delegate ? organizations.organizationsOf(who.accountId(),
						Organization.Kind.ADMINISTRATION).get(0) : orgIds.get(r.who());
				ids.put(r, registrations.register(who, meetingIds.get(r.meeting()), organization, r.mode(), r.visa()).id());
			}));
			if (r.outcome() != null) {
				steps.add(new Step(LocalDate.parse(r.decided()), 6, () -> {
					String id = ids.get(r);
					if ("CANCEL".equals(r.outcome())) {
						registrations.cancel(reps.get(r.who()), id);
					}
					else {
						String country = PilotHistory.SMES.stream().filter(s -> s.key().equals(r.who())).findFirst()
							.orElseThrow().country();
						registrations.decide(dfps.get(country), id, "VALIDATE".equals(r.outcome()) ? "APPROVE" : "REJECT",
								r.reason());
					}
				}));
			}
		}
		return meetingIds;
	}

	/**
	 * The work of the groups: a management team per pilot group (illustrative), contributions of
	 * ASTEM and Wayfindr to the SG16 meeting of July 2018, and the agreement of the technical papers
	 * HSTP-CONF-H702 and HSTP-CONF-F921 citing them.
	 */
	private void addWork(List<Step> steps, Actor secretariat, Map<String, Actor> dfps, Map<String, Actor> reps,
			Map<String, String> meetingIds) {
		steps.add(new Step(LocalDate.parse("2017-06-20"), 7, () -> {
			String[][] team = { { "ITU-T-SG5", "GR", "CHAIR" }, { "ITU-T-SG5", "NL", "VICE_CHAIR" },
					{ "ITU-T-SG11", "IL", "CHAIR" }, { "ITU-T-SG11", "CA", "VICE_CHAIR" }, { "ITU-T-SG16", "CH", "CHAIR" },
					{ "ITU-T-SG16", "JP", "VICE_CHAIR" }, { "ITU-T-SG20", "EG", "CHAIR" }, { "ITU-T-SG20", "TN", "VICE_CHAIR" },
					{ "ITU-D-SG1", "IT", "CHAIR" }, { "ITU-D-SG1", "PL", "VICE_CHAIR" }, { "ITU-D-SG2", "EE", "CHAIR" },
					{ "ITU-D-SG2", "ES", "VICE_CHAIR" } };
			for (String[] t : team) {
				leadership.appoint(secretariat, t[0], dfps.get(t[1]).accountId(), t[2], null);
			}
			leadership.appoint(secretariat, "ITU-T-SG16", dfps.get("GB").accountId(), "RAPPORTEUR", "26/16");
			earlierStudyPeriod(dfps);
		}));
		Map<String, String> contributionIds = new HashMap<>();
		steps.add(new Step(LocalDate.parse("2018-06-20"), 7, () -> {
			contributionIds.put("astem", contributions.submit(reps.get("astem"), meetingIds.get("t16"),
					"Conformance testing of IPTV accessibility profiles (H.702)",
					"Proposes test cases for the accessibility profiles of Recommendation ITU-T H.702. Demo data.",
					List.of(), List.of("26/16"), "astem.pdf",
					new java.io.ByteArrayInputStream(DemoFiles.pdf("ASTEM Co. Ltd. (demo)",
							"Conformance testing of IPTV accessibility profiles: captions, audio description, sign language.")))
				.id());
			contributionIds.put("wayfindr", contributions.submit(reps.get("wayfindr"), meetingIds.get("t16"),
					"Conformance of audio-based network navigation systems (F.921)",
					"Proposes conformance criteria for audio wayfinding for persons with vision impairment. Demo data.",
					List.of(), List.of("26/16"), "wayfindr.docx",
					new java.io.ByteArrayInputStream(DemoFiles.docx("Wayfindr (demo)",
							"Conformance of audio-based network navigation for persons with vision impairment.")))
				.id());
		}));
		steps.add(new Step(LocalDate.parse("2018-07-20"), 7, () -> {
			decisions.record(secretariat, "ITU-T-SG16", meetingIds.get("t16"),
					"Technical paper HSTP-CONF-H702: conformance testing for IPTV accessibility profiles", "CONSENSUS",
					"AGREEMENT", "AGREED", LocalDate.parse("2018-07-20"), List.of(contributionIds.get("astem")));
			decisions.record(secretariat, "ITU-T-SG16", meetingIds.get("t16"),
					"Technical paper HSTP-CONF-F921: conformance of audio-based network navigation systems", "CONSENSUS",
					"AGREEMENT", "AGREED", LocalDate.parse("2018-07-20"), List.of(contributionIds.get("wayfindr")));
		}));
	}

	/**
	 * The BSG trainings and forums held (the reference list, {@link TrainingHistory}) as past meetings,
	 * and a few demo trainees registered and checked in on each of their days, some for their
	 * Administration and some for no organisation, so that "Delegates trained" and the BSG report have
	 * figures. Registration opened two months before each event and closed on its first day.
	 */
	private void addTrainings(List<Step> steps, Actor secretariat, String pw) {
		Map<String, String> codes = new HashMap<>();
		states.all(LocalDate.parse("2019-01-01"))
			.forEach(s -> codes.put(s.name(Locale.ENGLISH).toLowerCase(Locale.ROOT), s.code()));
		List<TrainingHistory.Event> events = TrainingHistory.held();
		Map<Integer, String> ids = new HashMap<>();
		for (int i = 0; i < events.size(); i++) {
			TrainingHistory.Event e = events.get(i);
			int index = i;
			String country = TrainingHistory.countryCode(e.countryName(), codes)
				.orElseThrow(() -> new IllegalStateException("No Member State named " + e.countryName()));
			LocalDate opens = e.start().minusMonths(2);
			steps.add(new Step(opens.minusDays(7), 4, () -> ids.put(index, meetings.create(secretariat,
					new Meetings.NewMeeting(e.studyGroup(), e.kind(), e.title(), e.start(), e.end(), e.city(), country, true,
							opens, e.start(), null, null, null, null, e.approximate()))
				.id())));
		}
		for (TrainingHistory.Trainee t : TrainingHistory.TRAINEES) {
			LocalDate first = events.get(t.events().get(0)).start().minusMonths(1);
			Map<String, Actor> trainee = new HashMap<>();
			steps.add(new Step(first.minusDays(1), 5, () -> {
				Actor a = actor(accounts.createActive("trainee." + t.key() + "@sgbridge.demo", pw, t.name(), Set.of(), "en"));
				if (t.administration() != null) {
					organizations.addMember(secretariat, states.find(t.administration(), first).orElseThrow().administrationId(),
							a.accountId());
				}
				trainee.put("me", a);
			}));
			for (int index : t.events()) {
				TrainingHistory.Event e = events.get(index);
				Map<String, String> registration = new HashMap<>();
				steps.add(new Step(e.start().minusMonths(1), 5, () -> registration.put("code",
						registrations.register(trainee.get("me"), ids.get(index), t.administration() == null ? null
								: states.find(t.administration(), e.start()).orElseThrow().administrationId(), "IN_PERSON", false)
							.verificationCode())));
				for (LocalDate day = e.start(); !day.isAfter(e.end()); day = day.plusDays(1)) {
					steps.add(new Step(day, 6, () -> checkIns.checkIn(secretariat, registration.get("code"))));
				}
			}
		}
	}

	/**
	 * An earlier ITU-T study period, labelled "(demo)", with management teams of the four ITU-T pilot
	 * groups (ended appointments), so that the BSG report's figure 4 has a period to compare with.
	 * Illustrative: written directly, as no service records a study period that has ended.
	 */
	private void earlierStudyPeriod(Map<String, Actor> dfps) {
		jdbc.sql("""
				INSERT INTO study_period (id, sector, label, starts_on, ends_on)
				VALUES ('ITU-T-2013', 'ITU-T', '2013-2016 (demo)', DATE '2013-01-01', DATE '2016-12-31')""").update();
		String[][] team = { { "ITU-T-SG5", "GR", "CHAIR" }, { "ITU-T-SG5", "NL", "VICE_CHAIR" }, { "ITU-T-SG11", "CA", "CHAIR" },
				{ "ITU-T-SG11", "GB", "VICE_CHAIR" }, { "ITU-T-SG16", "CH", "CHAIR" }, { "ITU-T-SG16", "JP", "VICE_CHAIR" },
				{ "ITU-T-SG20", "IT", "CHAIR" }, { "ITU-T-SG20", "EG", "VICE_CHAIR" } };
		for (String[] t : team) {
			jdbc.sql("""
					INSERT INTO appointment (id, study_group, study_period, account_id, role, starts_on, ends_on, created_at)
					VALUES (:id, :g, '2013-2016 (demo)', :a, :role, DATE '2013-01-01', DATE '2016-12-31', :at)""")
				.param("id", java.util.UUID.randomUUID().toString()).param("g", t[0]).param("a", dfps.get(t[1]).accountId())
				.param("role", t[2]).param("at", java.sql.Timestamp.from(clock.instant())).update();
		}
	}

	private <T> T at(Instant instant, java.util.function.Supplier<T> work) {
		return clock.runAt(instant, work);
	}

	private static Actor actor(AccountView view) {
		return new Actor(view.id(), view.email(), view.name(), view.roles());
	}

	private static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("\\(fictional\\)", "").replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

	private static String generated() {
		String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder out = new StringBuilder("demo-");
		for (int i = 0; i < 16; i++) {
			out.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return out.toString();
	}

	record DemoAccount(String email, String name, Set<String> roles) {
	}

	private record Step(LocalDate day, int order, Runnable work) {
	}

	/**
	 * An illustrative call for fellowships to the SG20 meeting of September 2018 (demo data): the
	 * delegates of Egyptian and Tunisian SMEs registered for it apply, their DFPs endorse, the
	 * secretariat awards two partial fellowships to Egypt (its cap for the meeting) and a full one to
	 * Tunisia, and declines the third Egyptian application, which the cap leaves out. Each step goes
	 * through the rules of the bsg module, on its day.
	 */
	private void addFellowships(List<Step> steps, Actor secretariat, Map<String, Actor> dfps, Map<String, Actor> reps,
			Map<String, String> orgIds, Map<String, String> meetingIds) {
		String[] callId = new String[1];
		Map<String, String> applications = new HashMap<>();
		steps.add(new Step(LocalDate.parse("2018-05-02"), 7, () -> callId[0] = fellowships.openCall(secretariat,
				new FellowshipManagement.NewCall(meetingIds.get("t20"), new BigDecimal("20000"), "CHF", "2018-08-03"))
			.call().id()));
		record Applies(String sme, String on, String kind, String intended) {
		}
		List<Applies> applies = List.of(
				new Applies("alfa", "2018-05-22", "PARTIAL", "Smart metering for water networks in Egypt (demo)"),
				new Applies("spimesense", "2018-05-23", "PARTIAL", "Sensor data models for smart cities (demo)"),
				new Applies("innov", "2018-06-26", "FULL", "Interoperability testing of IoT platforms (demo)"),
				new Applies("root", "2018-06-05", "PARTIAL", "Remote participation in SG20 work (demo)"));
		for (Applies a : applies) {
			steps.add(new Step(LocalDate.parse(a.on()), 7, () -> applications.put(a.sme(), fellowships.apply(reps.get(a.sme()),
					callId[0], orgIds.get(a.sme()), a.kind(), a.intended(), null).application().id())));
		}
		steps.add(new Step(LocalDate.parse("2018-07-02"), 8, () -> {
			for (Applies a : applies) {
				String country = "innov".equals(a.sme()) ? "TN" : "EG";
				fellowships.endorse(dfps.get(country), applications.get(a.sme()), "APPROVE", null);
			}
		}));
		steps.add(new Step(LocalDate.parse("2018-07-16"), 9, () -> {
			award(secretariat, applications.get("alfa"), "PARTIAL", "1800");
			award(secretariat, applications.get("spimesense"), "PARTIAL", "1600");
			award(secretariat, applications.get("innov"), "FULL", "4200");
			fellowships.decide(secretariat, applications.get("root"), new FellowshipManagement.AwardDecision("DECLINE", null,
					null, null, "Egypt already has two partial fellowships for this meeting, its cap (demo)."));
		}));
	}

	private void award(Actor secretariat, String applicationId, String kind, String chf) {
		fellowships.decide(secretariat, applicationId,
				new FellowshipManagement.AwardDecision("AWARD", kind, new BigDecimal(chf), "CHF", null));
	}
}
