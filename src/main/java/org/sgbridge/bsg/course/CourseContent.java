package org.sgbridge.bsg.course;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the modules' titles, content pages and question banks, with their translations. */
@Repository
class CourseContent {

	private final JdbcClient jdbc;

	CourseContent(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A module: its English title and translations. */
	record Module(int number, String title, Map<String, String> titles) {

		Text title(String language) {
			return Text.of(title, titles, language);
		}
	}

	/** A content page: title and paragraphs in English, with their translations by language. */
	record Page(String id, int module, int position, String title, List<String> paragraphs, Map<String, String> titles,
			Map<String, List<String>> translatedParagraphs) {
	}

	List<Module> modules() {
		Map<String, Map<String, String>> titles = translations(jdbc.sql(
				"SELECT subject_id, part, language, text FROM course_translation WHERE subject_id LIKE 'module-%'").query(TRow::map).list());
		return jdbc.sql("SELECT number, title FROM course_module ORDER BY number")
			.query((rs, n) -> new Module(rs.getInt("number"), rs.getString("title"),
					titles.getOrDefault("module-" + rs.getInt("number") + "/title", Map.of())))
			.list();
	}

	/** Locks the module's row until the transaction ends. */
	void lockModule(int module) {
		jdbc.sql("SELECT number FROM course_module WHERE number = :n FOR UPDATE").param("n", module).query(Integer.class).optional();
	}

	void retitle(int module, String english, Map<String, String> translations) {
		jdbc.sql("UPDATE course_module SET title = :t WHERE number = :n").param("t", english).param("n", module).update();
		translate("module-" + module, "title", translations);
	}

	int pageCount(int module) {
		return jdbc.sql("SELECT COUNT(*) FROM course_page WHERE module_number = :n").param("n", module).query(Integer.class).single();
	}

	void insertPage(String id, int module, int position, String title, List<String> paragraphs, Map<String, String> titles,
			Map<String, List<String>> translated) {
		jdbc.sql("INSERT INTO course_page (id, module_number, position, title, body) VALUES (:id, :n, :p, :t, :b)")
			.param("id", id).param("n", module).param("p", position).param("t", title).param("b", String.join("\n\n", paragraphs))
			.update();
		translate(id, "title", titles);
		Map<String, String> bodies = new LinkedHashMap<>();
		translated.forEach((lang, list) -> bodies.put(lang, String.join("\n\n", list)));
		translate(id, "body", bodies);
	}

	List<Page> pages(int module) {
		List<Page> pages = new ArrayList<>();
		var rows = jdbc.sql("SELECT id, position, title, body FROM course_page WHERE module_number = :n ORDER BY position")
			.param("n", module)
			.query((rs, n) -> new String[] { rs.getString("id"), rs.getString("position"), rs.getString("title"), rs.getString("body") })
			.list();
		Map<String, Map<String, String>> all = translationsOf(rows.stream().map(r -> r[0]).toList());
		for (String[] r : rows) {
			Map<String, List<String>> bodies = new HashMap<>();
			all.getOrDefault(r[0] + "/body", Map.of()).forEach((lang, text) -> bodies.put(lang, paragraphs(text)));
			pages.add(new Page(r[0], module, Integer.parseInt(r[1]), r[2], paragraphs(r[3]),
					all.getOrDefault(r[0] + "/title", Map.of()), bodies));
		}
		return pages;
	}

	private static List<String> paragraphs(String body) {
		return List.of(body.split("\n\n"));
	}

	/** Questions of a module, all of them or only those of the bank (not retired), oldest first. */
	int questionCount(int module, boolean includingRetired) {
		return jdbc.sql("SELECT COUNT(*) FROM course_question WHERE module_number = :n"
				+ (includingRetired ? "" : " AND retired_at IS NULL")).param("n", module).query(Integer.class).single();
	}

	void insertQuestion(Question q, Instant at, String by) {
		jdbc.sql("""
				INSERT INTO course_question (id, module_number, text, created_at, created_by)
				VALUES (:id, :n, :t, :at, :by)""")
			.param("id", q.id()).param("n", q.module()).param("t", q.text()).param("at", Timestamp.from(at)).param("by", by)
			.update();
		translate(q.id(), "text", q.texts());
		int position = 0;
		for (Question.Choice c : q.choices()) {
			jdbc.sql("INSERT INTO course_choice (id, question_id, position, text, correct) VALUES (:id, :q, :p, :t, :c)")
				.param("id", c.id()).param("q", q.id()).param("p", position++).param("t", c.text()).param("c", c.correct())
				.update();
			translate(c.id(), "text", c.texts());
		}
	}

	/** Takes a question out of the bank; false when it is not in it. */
	boolean retire(String questionId, Instant at, String by) {
		return jdbc.sql("UPDATE course_question SET retired_at = :at, retired_by = :by WHERE id = :id AND retired_at IS NULL")
			.param("at", Timestamp.from(at)).param("by", by).param("id", questionId).update() == 1;
	}

	/** The bank of a module: the questions not retired, oldest first. */
	List<Question> bank(int module) {
		List<String> ids = jdbc.sql("""
				SELECT id FROM course_question WHERE module_number = :n AND retired_at IS NULL ORDER BY created_at, id""")
			.param("n", module).query(String.class).list();
		return questions(ids);
	}

	List<String> bankIds(int module) {
		return jdbc.sql("SELECT id FROM course_question WHERE module_number = :n AND retired_at IS NULL")
			.param("n", module).query(String.class).list();
	}

	Optional<Question> question(String id) {
		List<Question> found = questions(List.of(id == null ? "" : id));
		return found.stream().findFirst();
	}

	/** The questions of these ids (retired ones too), in the order of the ids. */
	List<Question> questions(List<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, String[]> heads = new LinkedHashMap<>();
		jdbc.sql("SELECT id, module_number, text FROM course_question WHERE id IN (:ids)").param("ids", ids)
			.query((rs, n) -> new String[] { rs.getString("id"), rs.getString("module_number"), rs.getString("text") })
			.list().forEach(r -> heads.put(r[0], r));
		Map<String, List<String[]>> choices = new HashMap<>();
		jdbc.sql("SELECT id, question_id, text, correct FROM course_choice WHERE question_id IN (:ids) ORDER BY question_id, position")
			.param("ids", ids)
			.query((rs, n) -> new String[] { rs.getString("id"), rs.getString("question_id"), rs.getString("text"),
					String.valueOf(rs.getBoolean("correct")) })
			.list().forEach(c -> choices.computeIfAbsent(c[1], k -> new ArrayList<>()).add(c));
		List<String> subjects = new ArrayList<>(ids);
		choices.values().forEach(list -> list.forEach(c -> subjects.add(c[0])));
		Map<String, Map<String, String>> texts = translationsOf(subjects);
		List<Question> questions = new ArrayList<>();
		for (String id : ids) {
			String[] h = heads.get(id);
			if (h == null) {
				continue;
			}
			List<Question.Choice> cs = choices.getOrDefault(id, List.of()).stream()
				.map(c -> new Question.Choice(c[0], c[2], texts.getOrDefault(c[0] + "/text", Map.of()), Boolean.parseBoolean(c[3])))
				.toList();
			questions.add(new Question(id, Integer.parseInt(h[1]), h[2], texts.getOrDefault(id + "/text", Map.of()), cs));
		}
		return questions;
	}

	private void translate(String subject, String part, Map<String, String> texts) {
		texts.forEach((language, text) -> {
			if (!Text.ENGLISH.equals(language) && text != null && !text.isBlank()) {
				jdbc.sql("DELETE FROM course_translation WHERE subject_id = :s AND part = :p AND language = :l")
					.param("s", subject).param("p", part).param("l", language).update();
				jdbc.sql("INSERT INTO course_translation (subject_id, part, language, text) VALUES (:s, :p, :l, :t)")
					.param("s", subject).param("p", part).param("l", language).param("t", text).update();
			}
		});
	}

	private Map<String, Map<String, String>> translationsOf(Collection<String> subjects) {
		if (subjects.isEmpty()) {
			return Map.of();
		}
		List<TRow> rows = new ArrayList<>();
		List<String> all = List.copyOf(subjects);
		for (int i = 0; i < all.size(); i += 500) {
			rows.addAll(jdbc.sql("SELECT subject_id, part, language, text FROM course_translation WHERE subject_id IN (:ids)")
				.param("ids", all.subList(i, Math.min(all.size(), i + 500))).query(TRow::map).list());
		}
		return translations(rows);
	}

	/** Translations keyed by {@code subject/part}, then language. */
	private static Map<String, Map<String, String>> translations(List<TRow> rows) {
		Map<String, Map<String, String>> map = new HashMap<>();
		for (TRow r : rows) {
			map.computeIfAbsent(r.subject() + "/" + r.part(), k -> new HashMap<>()).put(r.language(), r.text());
		}
		return map;
	}

	private record TRow(String subject, String part, String language, String text) {

		static TRow map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
			return new TRow(rs.getString("subject_id"), rs.getString("part"), rs.getString("language"), rs.getString("text"));
		}
	}
}
