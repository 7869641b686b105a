package org.sgbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each module reads and writes only its own tables; of the others it reads only their published
 * views (named {@code *_v}). {@code ApplicationModules.verify()} cannot see SQL, so this test reads
 * the SQL in each module's sources: the table after FROM, JOIN, INTO, UPDATE or TABLE in every
 * string literal. The {@code demo} module's scale-data generator writes every module's tables in
 * bulk on purpose, and is the one exception.
 */
class ModuleTablesTests {

	private static final Path SOURCES = Path.of("src/main/java/org/sgbridge");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** The module that owns each table. */
	private static final Map<String, Set<String>> OWNED = Map.ofEntries(
			Map.entry("platform", Set.of("spring_session", "spring_session_attributes", "event_publication", "shedlock",
					"installation_flag")),
			Map.entry("account", Set.of("account", "account_token", "api_token", "recovery_code", "sign_in_failure",
					"rate_limit_window")),
			Map.entry("directory", Set.of("member_state", "member_state_ldc", "member_state_change", "organization",
					"organization_member", "focal_point", "sme_criteria")),
			Map.entry("studygroup", Set.of("sector", "study_period", "study_group", "study_group_question",
					"study_group_title", "study_group_question_title", "appointment", "pilot_group_change")),
			Map.entry("notification", Set.of("mail_outbox")),
			Map.entry("pilot", Set.of("pilot_term", "expression_of_interest", "expression_of_interest_group",
					"admission_request", "admission_request_group", "admission_history")),
			Map.entry("meeting", Set.of("meeting", "registration", "registration_history", "registration_check_in", "meeting_fee")),
			Map.entry("decision", Set.of("decision", "decision_input", "decision_position")),
			Map.entry("document", Set.of("contribution", "contribution_counter", "contribution_source",
					"contribution_question", "contribution_file")),
			Map.entry("report", Set.of("report_text", "report_pilot_step", "report_pilot_key", "report_pilot_count",
					"report_pilot_lock", "report_annex_entry", "report_benefit_count", "report_benefit_step")),
			Map.entry("audit", Set.of("audit_entry", "audit_chain")),
			Map.entry("membership", Set.of("membership_category", "membership_fee", "membership", "membership_history",
					"invoice_counter", "invoice", "credit_note", "payment_import", "payment_import_lock", "payment", "membership_terms")),
			Map.entry("bsg", Set.of("fellowship_call", "fellowship_application", "fellowship_history", "mentoring", "course_module",
					"course_page", "course_question", "course_choice", "course_translation", "course_enrolment", "course_attempt",
					"course_attempt_question", "course_certificate")));

	private static final Set<String> EXEMPT = Set.of("demo");

	private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

	private static final Pattern TABLE = Pattern
		.compile("(?i)\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+([a-z_][a-z_0-9]*)");

	@Test
	void everyTableOfTheMigrationsHasAnOwningModule() throws IOException {
		Set<String> owned = new TreeSet<>();
		OWNED.values().forEach(owned::addAll);
		Pattern create = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([a-z_][a-z_0-9]*)");
		Set<String> created = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.toList()) {
				Matcher m = create.matcher(Files.readString(file));
				while (m.find()) {
					created.add(m.group(1).toLowerCase());
				}
			}
		}
		assertThat(created).isNotEmpty();
		assertThat(owned).containsAll(created);
	}

	@Test
	void noModuleQueriesAnotherModulesTables() throws IOException {
		List<String> trespasses = new ArrayList<>();
		try (Stream<Path> modules = Files.list(SOURCES)) {
			for (Path module : modules.filter(Files::isDirectory).toList()) {
				String name = module.getFileName().toString();
				if (EXEMPT.contains(name)) {
					continue;
				}
				Set<String> own = OWNED.getOrDefault(name, Set.of());
				try (Stream<Path> sources = Files.walk(module)) {
					for (Path file : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
						for (String table : tablesNamedIn(Files.readString(file))) {
							String owner = ownerOf(table);
							if (owner != null && !owner.equals(name) && !own.contains(table)) {
								trespasses.add(SOURCES.relativize(file) + " uses " + owner + "'s table " + table);
							}
						}
					}
				}
			}
		}
		assertThat(trespasses).isEmpty();
	}

	@Test
	void theScanFindsATableOfAnotherModule() {
		String source = "class X { String q = \"\"\"\n SELECT o.name FROM organization_member m JOIN organization o ON true\"\"\"; }";
		assertThat(tablesNamedIn(source)).containsExactlyInAnyOrder("organization_member", "organization");
		assertThat(ownerOf("organization_member")).isEqualTo("directory");
		assertThat(ownerOf("directory_organization_v")).isNull();
	}

	static Set<String> tablesNamedIn(String source) {
		Set<String> tables = new TreeSet<>();
		Matcher literal = LITERAL.matcher(source);
		while (literal.find()) {
			String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
			Matcher table = TABLE.matcher(text);
			while (table.find()) {
				tables.add(table.group(1).toLowerCase());
			}
		}
		return tables;
	}

	/** The module owning a table; null for a published view or a name that is no table. */
	static String ownerOf(String table) {
		return OWNED.entrySet().stream().filter(e -> e.getValue().contains(table)).map(Map.Entry::getKey).findFirst()
			.orElse(null);
	}
}
