package org.sgbridge.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * The pilot's published history as demo data. The 22 approved SMEs are those of the PP-18 report's
 * annex (with their approving Member State, sector and groups); the submission and approval dates
 * are the demo's, chosen so that the published snapshots hold: on 16 March 2018 (ITU News) ITU-T had
 * 5 approved and 7 in the admission process, ITU-D none; on 29 October 2018 (PP-18) ITU-T had 15
 * approved, 3 in the admission process and 4 having expressed interest, ITU-D 8 approved. Within each
 * first group, approvals follow the annex's order. Staff sizes and revenues are illustrative; the
 * companies marked (fictional) are invented.
 */
final class PilotHistory {

	private PilotHistory() {
	}

	/** A request and what became of it: decision APPROVE, REJECT, WITHDRAW, or none (still waiting). */
	record Request(String sme, List<String> groups, LocalDate submitted, String decision, LocalDate decided,
			String reason) {
	}

	/** A demo SME, its representative, and its figures. */
	record Sme(String key, String name, String country, int employees, long revenue, String currency, String website) {
	}

	/** An expression of interest; {@code sme} set when it came from a company that later applied. */
	record Interest(String organization, String country, List<String> groups, LocalDate on, String sme) {
	}

	static final List<Sme> SMES = List.of(
			new Sme("proge", "Proge-Software", "IT", 45, 4_200_000, "EUR", "https://www.progesoftware.it"),
			new Sme("forumeurope", "Forum Europe", "GB", 30, 3_500_000, "GBP", "https://forum-europe.com"),
			new Sme("daiwa", "DAIWA Computer Co. Ltd.", "JP", 180, 2_400_000_000L, "JPY", null),
			new Sme("guardtime", "Guardtime", "EE", 160, 14_000_000, "EUR", "https://guardtime.com"),
			new Sme("melody", "Melody International Ltd.", "JP", 25, 300_000_000, "JPY", null),
			new Sme("orangetechlab", "OrangeTechLab Inc.", "JP", 12, 150_000_000, "JPY", null),
			new Sme("satrevolution", "SatRevolution S.A.", "PL", 60, 9_000_000, "PLN", "https://satrevolution.com"),
			new Sme("astem", "ASTEM Co. Ltd.", "JP", 200, 3_000_000_000L, "JPY", null),
			new Sme("heeqac", "Hellenic Electronic Equipment Quality Assurance Center s.a. (HEEQAC S.A.)", "GR", 40,
					3_000_000, "EUR", null),
			new Sme("wavecontrol", "Wave Control", "ES", 35, 4_000_000, "EUR", "https://www.wavecontrol.com"),
			new Sme("mjrd", "MJRD Assessment Inc", "CA", 20, 2_500_000, "CAD", null),
			new Sme("closingtheloop", "Closing the Loop", "NL", 15, 2_000_000, "EUR", "https://www.closingtheloop.eu"),
			new Sme("vaulto", "Vaulto Technologies Ltd", "IL", 18, 5_000_000, "ILS", null),
			new Sme("wayfindr", "Wayfindr", "GB", 10, 800_000, "GBP", "https://www.wayfindr.net"),
			new Sme("alkira", "Alkira Technologies", "AU", 25, 4_000_000, "AUD", null),
			new Sme("alfa", "Alfa Electronics", "EG", 50, 20_000_000, "EGP", null),
			new Sme("spimesense", "SpimeSense Labs", "EG", 15, 5_000_000, "EGP", null),
			new Sme("root", "Root Technologies", "EG", 30, 8_000_000, "EGP", null),
			new Sme("innov", "Innov-Alliance-Tech", "TN", 20, 1_500_000, "TND", null),
			new Sme("devicegateway", "Device Gateway SA", "CH", 12, 2_000_000, "CHF", null),
			new Sme("arianous", "Arianous ICT Development Co.", "IR", 40, 50_000_000_000L, "IRR", null),
			new Sme("archimede", "Archimède Solutions SARL", "CH", 8, 1_200_000, "CHF", null),
			new Sme("kibo", "Kibo Sensors Ltd (fictional)", "KE", 22, 90_000_000, "KES", null),
			new Sme("andes", "Andes Telemetría SpA (fictional)", "CL", 300, 9_000_000_000L, "CLP", null),
			new Sme("mekong", "Mekong Voice Co. (fictional)", "VN", 40, 20_000_000_000L, "VND", null));

	private static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	static final List<Request> REQUESTS = List.of(
			// ITU-T: approved by 16 March 2018
			new Request("heeqac", List.of("ITU-T-SG5"), d("2017-09-04"), "APPROVE", d("2017-10-02"), null),
			new Request("wavecontrol", List.of("ITU-T-SG5"), d("2017-09-20"), "APPROVE", d("2017-11-06"), null),
			new Request("vaulto", List.of("ITU-T-SG11"), d("2017-10-10"), "APPROVE", d("2017-12-04"), null),
			new Request("wayfindr", List.of("ITU-T-SG16"), d("2017-10-16"), "APPROVE", d("2018-01-15"), null),
			new Request("alfa", List.of("ITU-T-SG20"), d("2017-11-01"), "APPROVE", d("2018-02-05"), null),
			// ITU-T: in the admission process on 16 March 2018, approved later
			new Request("mjrd", List.of("ITU-T-SG5"), d("2018-01-22"), "APPROVE", d("2018-04-09"), null),
			new Request("closingtheloop", List.of("ITU-T-SG5"), d("2018-02-12"), "APPROVE", d("2018-05-14"), null),
			new Request("alkira", List.of("ITU-T-SG16"), d("2018-02-19"), "APPROVE", d("2018-04-23"), null),
			new Request("astem", List.of("ITU-T-SG16"), d("2018-02-26"), "APPROVE", d("2018-05-07"), null),
			new Request("spimesense", List.of("ITU-T-SG20"), d("2018-03-01"), "APPROVE", d("2018-04-16"), null),
			new Request("root", List.of("ITU-T-SG20"), d("2018-03-05"), "APPROVE", d("2018-04-30"), null),
			new Request("innov", List.of("ITU-T-SG20"), d("2018-03-12"), "APPROVE", d("2018-06-04"), null),
			// ITU-T: submitted after 16 March 2018
			new Request("devicegateway", List.of("ITU-T-SG20"), d("2018-05-02"), "APPROVE", d("2018-06-18"), null),
			new Request("arianous", List.of("ITU-T-SG20"), d("2018-06-11"), "APPROVE", d("2018-07-16"), null),
			new Request("archimede", List.of("ITU-T-SG20"), d("2018-07-02"), "APPROVE", d("2018-08-20"), null),
			// ITU-D: its groups joined after Council 2018 (April)
			new Request("proge", List.of("ITU-D-SG1", "ITU-D-SG2"), d("2018-05-21"), "APPROVE", d("2018-06-25"), null),
			new Request("forumeurope", List.of("ITU-D-SG1", "ITU-D-SG2"), d("2018-05-28"), "APPROVE", d("2018-07-09"), null),
			new Request("daiwa", List.of("ITU-D-SG1", "ITU-D-SG2"), d("2018-06-04"), "APPROVE", d("2018-07-23"), null),
			new Request("guardtime", List.of("ITU-D-SG2"), d("2018-06-18"), "APPROVE", d("2018-08-06"), null),
			new Request("melody", List.of("ITU-D-SG2"), d("2018-07-02"), "APPROVE", d("2018-08-27"), null),
			new Request("orangetechlab", List.of("ITU-D-SG2"), d("2018-07-16"), "APPROVE", d("2018-09-10"), null),
			new Request("satrevolution", List.of("ITU-D-SG2"), d("2018-08-01"), "APPROVE", d("2018-09-17"), null),
			new Request("astem", List.of("ITU-D-SG2"), d("2018-08-13"), "APPROVE", d("2018-10-01"), null),
			// ITU-T: in the admission process when PP-18 opened (fictional), decided afterwards
			new Request("kibo", List.of("ITU-T-SG20"), d("2018-09-03"), "APPROVE", d("2018-11-26"), null),
			new Request("andes", List.of("ITU-T-SG5"), d("2018-09-24"), "REJECT", d("2019-01-14"),
					"300 employees: above the national SME criteria (at most 200 employees)."),
			new Request("mekong", List.of("ITU-T-SG16"), d("2018-10-08"), "WITHDRAW", d("2019-02-04"), null));

	static final List<Interest> INTERESTS = List.of(
			new Interest("Wayfindr", "GB", List.of("ITU-T-SG16"), d("2017-08-21"), "wayfindr"),
			new Interest("Atlas Edge Computing SARL (fictional)", "MA", List.of("ITU-T-SG20"), d("2018-02-20"), null),
			new Interest("Baltic Codec OÜ (fictional)", "LV", List.of("ITU-T-SG16"), d("2018-03-05"), null),
			new Interest("Device Gateway SA", "CH", List.of("ITU-T-SG20"), d("2018-03-08"), "devicegateway"),
			new Interest("Sahel Solar Data (fictional)", "BF", List.of("ITU-T-SG5"), d("2018-06-12"), null),
			new Interest("Pacific Fibre Labs (fictional)", "FJ", List.of("ITU-T-SG11"), d("2018-09-18"), null));

	/** National SME criteria set by demo DFPs (illustrative figures). */
	record Criteria(String country, int maxEmployees, long maxRevenue, String currency, String note) {
	}

	static final List<Criteria> CRITERIA = List.of(
			new Criteria("JP", 300, 300_000_000_000L, "JPY", "Illustrative: SME Basic Act thresholds for manufacturing."),
			new Criteria("GB", 250, 50_000_000, "GBP", "Illustrative: fewer than 250 staff, turnover up to GBP 50 million."),
			new Criteria("CH", 250, 50_000_000, "CHF", "Illustrative: fewer than 250 employees."),
			new Criteria("EG", 200, 200_000_000, "EGP", "Illustrative."),
			new Criteria("CL", 200, 5_000_000_000L, "CLP", "Illustrative: at most 200 employees."));
}
