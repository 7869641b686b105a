package org.sgbridge.bsg.course;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sgbridge.platform.Languages;
import org.sgbridge.platform.Problem;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads each module's content pages and question bank from {@code bsg/a1/module-N.json} on the
 * class path at start-up, for a module whose bank is empty (a bank the secretariat has worked on,
 * even emptied, is never loaded again; pages are loaded when the module has none). A question of the
 * file that breaks the bank's rules is left out, with a warning.
 */
@Component
@Order(3)
class CourseContentLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CourseContentLoader.class);
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CourseContent content;
	private final TransactionTemplate transactions;

	CourseContentLoader(CourseContent content, TransactionTemplate transactions) {
		this.content = content;
		this.transactions = transactions;
	}

	/** A module as its file gives it. */
	record ModuleFile(int number, Map<String, String> title, List<PageFile> pages, List<QuestionBank.NewQuestion> questions) {
	}

	record PageFile(Map<String, String> title, Map<String, List<String>> paragraphs) {
	}

	@Override
	public void run(ApplicationArguments args) {
		for (int n = 1; n <= CourseScoring.MODULES; n++) {
			ModuleFile file = read(n);
			if (file == null) {
				continue;
			}
			transactions.executeWithoutResult(t -> load(file));
		}
	}

	static ModuleFile read(int n) {
		try (InputStream in = CourseContentLoader.class.getResourceAsStream("/bsg/a1/module-" + n + ".json")) {
			if (in == null) {
				log.warn("No content for module {} of the A.1 course (bsg/a1/module-{}.json)", n, n);
				return null;
			}
			return parse(JSON.readTree(in));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static ModuleFile parse(JsonNode root) {
		List<PageFile> pages = new ArrayList<>();
		for (JsonNode p : root.path("pages")) {
			Map<String, List<String>> paragraphs = new LinkedHashMap<>();
			for (String language : Languages.CODES) {
				JsonNode list = p.path("paragraphs").path(language);
				if (list.isArray() && !list.isEmpty()) {
					List<String> texts = new ArrayList<>();
					list.forEach(x -> texts.add(x.asString()));
					paragraphs.put(language, texts);
				}
			}
			pages.add(new PageFile(texts(p.path("title")), paragraphs));
		}
		List<QuestionBank.NewQuestion> questions = new ArrayList<>();
		for (JsonNode q : root.path("questions")) {
			List<QuestionBank.NewChoice> choices = new ArrayList<>();
			for (JsonNode c : q.path("choices")) {
				Map<String, String> t = texts(c.path("text"));
				choices.add(new QuestionBank.NewChoice(t.get("en"), without(t), c.path("correct").asBoolean(false)));
			}
			Map<String, String> t = texts(q.path("text"));
			questions.add(new QuestionBank.NewQuestion(t.get("en"), without(t), choices));
		}
		return new ModuleFile(root.path("number").asInt(), texts(root.path("title")), pages, questions);
	}

	private static Map<String, String> texts(JsonNode node) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String language : Languages.CODES) {
			JsonNode t = node.path(language);
			if (t.isString() && !t.asString().isBlank()) {
				texts.put(language, t.asString());
			}
		}
		return texts;
	}

	private static Map<String, String> without(Map<String, String> texts) {
		Map<String, String> others = new LinkedHashMap<>(texts);
		others.remove(Text.ENGLISH);
		return others;
	}

	private void load(ModuleFile file) {
		int n = file.number();
		// two instances starting at once: the second waits on the module's row, then finds its bank loaded
		content.lockModule(n);
		if (content.questionCount(n, true) > 0) {
			return;
		}
		if (file.title().containsKey(Text.ENGLISH)) {
			content.retitle(n, file.title().get(Text.ENGLISH), without(file.title()));
		}
		if (content.pageCount(n) == 0) {
			int position = 0;
			for (PageFile p : file.pages()) {
				if (!p.title().containsKey(Text.ENGLISH) || !p.paragraphs().containsKey(Text.ENGLISH)) {
					log.warn("A page of module {} of the A.1 course has no English text: left out", n);
					continue;
				}
				Map<String, List<String>> translated = new LinkedHashMap<>(p.paragraphs());
				translated.remove(Text.ENGLISH);
				content.insertPage(UUID.randomUUID().toString(), n, position++, p.title().get(Text.ENGLISH),
						p.paragraphs().get(Text.ENGLISH), without(p.title()), translated);
			}
		}
		java.time.Instant at = java.time.Instant.now();
		int loaded = 0;
		for (QuestionBank.NewQuestion q : file.questions()) {
			try {
				// one after the other, so that the bank keeps the file's order
				content.insertQuestion(QuestionBank.validated(n, q), at.plusMillis(loaded), null);
				loaded++;
			}
			catch (Problem invalid) {
				log.warn("A question of module {} of the A.1 course breaks the bank's rules ({}): left out", n,
						invalid.fieldProblems());
			}
		}
		log.info("Loaded {} pages and {} questions into module {} of the A.1 course", file.pages().size(), loaded, n);
	}
}
