package org.sgbridge.bsg.course;

import java.util.List;
import java.util.Map;

/**
 * A question of a module's bank: its English text and its translations (by language), its choices
 * in order, exactly one of them correct.
 */
@org.springframework.modulith.NamedInterface("api")
public record Question(String id, int module, String text, Map<String, String> texts, List<Choice> choices) {

	public Question {
		texts = Map.copyOf(texts);
		choices = List.copyOf(choices);
	}

	public record Choice(String id, String text, Map<String, String> texts, boolean correct) {

		public Choice {
			texts = Map.copyOf(texts);
		}

		public Text in(String language) {
			return Text.of(text, texts, language);
		}
	}

	public Text in(String language) {
		return Text.of(text, texts, language);
	}
}
