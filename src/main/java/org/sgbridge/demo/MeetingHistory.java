package org.sgbridge.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * The demo's 2018 meetings: ITU-D SG1 (30 April–4 May) and SG2 (7–11 May) with rapporteur groups,
 * and meetings of the four ITU-T pilot groups (SG16 in Ljubljana in July among them), with
 * registrations of the demo SMEs and Administrations in every state. Illustrative.
 */
final class MeetingHistory {

	private MeetingHistory() {
	}

	record DemoMeeting(String key, String group, String kind, String title, String start, String end, String city,
			String country, String opens, String closes, Integer capacity) {

		LocalDate created() {
			return LocalDate.parse(opens).minusDays(7);
		}
	}

	/**
	 * A registration: for an SME (its key) or a DFP for its Administration ({@code dfp:CC}); then
	 * VALIDATE, REJECT (with its reason), CANCEL, or nothing (still waiting).
	 */
	record DemoRegistration(String who, String meeting, String on, String mode, boolean visa, String outcome,
			String decided, String reason) {
	}

	static final List<DemoMeeting> MEETINGS = List.of(
			new DemoMeeting("d1-q1", "ITU-D-SG1", "RAPPORTEUR_GROUP", "ITU-D SG1 Rapporteur Group meeting, Question 1/1",
					"2018-04-24", "2018-04-24", "Geneva", "CH", "2018-01-18", "2018-04-20", null),
			new DemoMeeting("d1-sg", "ITU-D-SG1", "STUDY_GROUP", "ITU-D Study Group 1 meeting", "2018-04-30", "2018-05-04",
					"Geneva", "CH", "2018-01-18", "2018-04-27", 300),
			new DemoMeeting("d2-q2", "ITU-D-SG2", "RAPPORTEUR_GROUP", "ITU-D SG2 Rapporteur Group meeting, Question 2/2",
					"2018-05-02", "2018-05-02", "Geneva", "CH", "2018-01-18", "2018-04-27", null),
			new DemoMeeting("d2-sg", "ITU-D-SG2", "STUDY_GROUP", "ITU-D Study Group 2 meeting", "2018-05-07", "2018-05-11",
					"Geneva", "CH", "2018-01-18", "2018-05-04", 300),
			new DemoMeeting("t16", "ITU-T-SG16", "STUDY_GROUP", "ITU-T Study Group 16 meeting", "2018-07-09", "2018-07-20",
					"Ljubljana", "SI", "2018-03-15", "2018-07-02", 250),
			new DemoMeeting("t16-q26", "ITU-T-SG16", "RAPPORTEUR_GROUP", "Q26/16 (accessibility) rapporteur group meeting",
					"2018-07-10", "2018-07-10", "Ljubljana", "SI", "2018-03-15", "2018-07-02", 40),
			new DemoMeeting("t20", "ITU-T-SG20", "STUDY_GROUP", "ITU-T Study Group 20 meeting", "2018-09-04", "2018-09-13",
					"Geneva", "CH", "2018-05-01", "2018-08-27", 200),
			new DemoMeeting("t5", "ITU-T-SG5", "STUDY_GROUP", "ITU-T Study Group 5 meeting", "2018-09-17", "2018-09-21",
					"Geneva", "CH", "2018-05-01", "2018-09-10", 200),
			new DemoMeeting("d2-rgm", "ITU-D-SG2", "RAPPORTEUR_GROUP", "ITU-D SG2 Rapporteur Group meetings (Questions 1/2 to 7/2)",
					"2018-10-01", "2018-10-05", "Geneva", "CH", "2018-06-15", "2018-09-21", null),
			new DemoMeeting("t11", "ITU-T-SG11", "STUDY_GROUP", "ITU-T Study Group 11 meeting", "2018-10-10", "2018-10-19",
					"Geneva", "CH", "2018-06-01", "2018-10-03", 200));

	static final List<DemoRegistration> REGISTRATIONS = List.of(
			new DemoRegistration("dfp:IT", "d1-sg", "2018-02-15", "IN_PERSON", false, null, null, null),
			new DemoRegistration("dfp:GB", "d1-q1", "2018-03-10", "REMOTE", false, null, null, null),
			new DemoRegistration("dfp:JP", "d2-sg", "2018-03-01", "IN_PERSON", false, null, null, null),
			new DemoRegistration("dfp:PL", "d2-q2", "2018-03-20", "IN_PERSON", false, null, null, null),
			new DemoRegistration("wayfindr", "t16", "2018-04-10", "IN_PERSON", false, "VALIDATE", "2018-04-16", null),
			new DemoRegistration("wayfindr", "t16-q26", "2018-04-10", "IN_PERSON", false, "VALIDATE", "2018-04-16", null),
			new DemoRegistration("alkira", "t16", "2018-05-02", "IN_PERSON", true, "VALIDATE", "2018-05-07", null),
			new DemoRegistration("astem", "t16", "2018-05-21", "IN_PERSON", true, "VALIDATE", "2018-05-25", null),
			new DemoRegistration("astem", "t16-q26", "2018-05-21", "REMOTE", false, "CANCEL", "2018-06-20", null),
			new DemoRegistration("alfa", "t20", "2018-05-15", "IN_PERSON", true, "VALIDATE", "2018-05-21", null),
			new DemoRegistration("spimesense", "t20", "2018-05-16", "IN_PERSON", true, "VALIDATE", "2018-05-21", null),
			new DemoRegistration("root", "t20", "2018-06-01", "REMOTE", false, "VALIDATE", "2018-06-04", null),
			new DemoRegistration("innov", "t20", "2018-06-20", "IN_PERSON", true, "VALIDATE", "2018-06-25", null),
			new DemoRegistration("devicegateway", "t20", "2018-07-02", "IN_PERSON", false, "VALIDATE", "2018-07-03", null),
			new DemoRegistration("archimede", "t20", "2018-08-22", "IN_PERSON", false, "CANCEL", "2018-08-30", null),
			new DemoRegistration("heeqac", "t5", "2018-06-04", "IN_PERSON", true, "VALIDATE", "2018-06-08", null),
			new DemoRegistration("wavecontrol", "t5", "2018-06-11", "REMOTE", false, "VALIDATE", "2018-06-12", null),
			new DemoRegistration("closingtheloop", "t5", "2018-07-02", "IN_PERSON", false, "REJECT", "2018-07-05",
					"The registrant is not on the company's staff list sent to the Administration."),
			new DemoRegistration("mjrd", "t5", "2018-08-20", "REMOTE", false, null, null, null),
			new DemoRegistration("proge", "d2-rgm", "2018-07-05", "REMOTE", false, "VALIDATE", "2018-07-09", null),
			new DemoRegistration("guardtime", "d2-rgm", "2018-08-20", "IN_PERSON", false, "VALIDATE", "2018-08-22", null),
			new DemoRegistration("satrevolution", "d2-rgm", "2018-09-18", "IN_PERSON", true, "VALIDATE", "2018-09-19", null),
			new DemoRegistration("vaulto", "t11", "2018-08-01", "IN_PERSON", true, "VALIDATE", "2018-08-06", null));
}
