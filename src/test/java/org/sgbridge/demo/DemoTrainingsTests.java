package org.sgbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo holds the BSG trainings and forums of the reference list that were held (not those
 * planned), as past meetings, with demo trainees checked in, some without an organisation.
 */
@SpringBootTest(classes = SgBridgeApplication.class)
class DemoTrainingsTests {

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void readsTheListAsTheIssueSays() {
		List<TrainingHistory.Event> held = TrainingHistory.held();
		assertThat(held).hasSize(6);
		assertThat(held).extracting(TrainingHistory.Event::kind)
			.containsExactly("TRAINING", "FORUM", "TRAINING", "TRAINING", "TRAINING", "FORUM");
		assertThat(held.get(1).studyGroup()).isEqualTo("ITU-T-SG3");
		assertThat(held.get(1).city()).isEqualTo("Colombo");
		assertThat(held.get(1).countryName()).isEqualTo("Sri Lanka");
		assertThat(held.get(2).studyGroup()).as("the first group of the row").isEqualTo("ITU-T-SG2");
		assertThat(held.get(2).start()).isEqualTo(LocalDate.parse("2019-10-20"));
		assertThat(held.get(2).end()).isEqualTo(LocalDate.parse("2019-10-21"));
		assertThat(held.get(0).city()).as("a country alone").isNull();
		assertThat(held.get(5).studyGroup()).isNull();
		assertThat(held).noneMatch(TrainingHistory.Event::approximate);
		TrainingHistory.Event month = TrainingHistory.event("2020-02", "SG13 Regional Group for Africa", "Abuja, Nigeria");
		assertThat(month.start()).isEqualTo(LocalDate.parse("2020-02-01"));
		assertThat(month.approximate()).isTrue();
		assertThat(month.kind()).isEqualTo("TRAINING");
		assertThat(TrainingHistory.event("2020-03-16", "Arab Smart Agriculture Forum", "Doha, Qatar").kind()).isEqualTo("FORUM");
	}

	@Test
	void loadsThemAsPastMeetingsWithTraineesCheckedIn() {
		demo.load("demo password for the tests");
		List<Map<String, Object>> rows = jdbc.sql("""
				SELECT kind, study_group, country, city, start_date FROM meeting
				WHERE kind IN ('TRAINING', 'FORUM') AND start_date BETWEEN DATE '2019-01-01' AND DATE '2020-12-31' ORDER BY start_date""").query().listOfRows();
		assertThat(rows).hasSize(6);
		assertThat(rows.get(0).get("COUNTRY") == null ? rows.get(0).get("country") : rows.get(0).get("COUNTRY")).isEqualTo("SV");
		long checkedIn = jdbc.sql("""
				SELECT COUNT(DISTINCT r.account_id) FROM registration r JOIN meeting m ON m.id = r.meeting_id
				WHERE m.kind IN ('TRAINING', 'FORUM') AND r.checked_in_at IS NOT NULL
				    AND m.start_date BETWEEN DATE '2019-01-01' AND DATE '2020-12-31'""").query(Long.class).single();
		assertThat(checkedIn).isEqualTo(TrainingHistory.TRAINEES.size());
		long withoutOrganisation = jdbc.sql("""
				SELECT COUNT(*) FROM registration r JOIN meeting m ON m.id = r.meeting_id
				WHERE m.kind IN ('TRAINING', 'FORUM') AND r.organization_id IS NULL AND r.status = 'VALIDATED'
				    AND m.start_date BETWEEN DATE '2019-01-01' AND DATE '2020-12-31'""")
			.query(Long.class).single();
		assertThat(withoutOrganisation).isEqualTo(3);
	}

	@Autowired
	org.sgbridge.report.BsgReport report;

	@Test
	void theBsgReportHasItsFiguresFromTheDemo() {
		demo.load("demo password for the tests");
		var staff = new org.sgbridge.platform.Actor("staff", "staff@example.org", "Staff", java.util.Set.of("SECRETARIAT"));
		Map<String, Object> json = report.json(staff, "2019-01-01", "2020-12-31");
		var trainings = (org.sgbridge.report.TrainingFigures.Totals) json.get("trainings");
		assertThat(trainings.events()).isEqualTo(6);
		assertThat(trainings.delegates()).isEqualTo(TrainingHistory.TRAINEES.size());
		assertThat(trainings.countries()).isEqualTo(5);
		@SuppressWarnings("unchecked")
		var teams = (Map<String, Map<String, Long>>) json.get("managementTeams");
		assertThat(teams).containsKeys("ITU-T 2013-2016 (demo)", "ITU-T 2017-2020", "ITU-D 2018-2021");
		assertThat(teams.get("ITU-T 2013-2016 (demo)")).containsEntry("members", 8L).containsEntry("fromDeveloping", 1L);
		assertThat(teams.get("ITU-T 2017-2020")).containsEntry("members", 8L).containsEntry("fromDeveloping", 3L);
	}
}
