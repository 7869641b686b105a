package org.sgbridge.platform.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.sgbridge.platform.Problem;
import org.springframework.context.MessageSource;

/**
 * A refusal shown on a form: a message beside each field at fault, and one at the top for the
 * rest. Templates read {@code errors.fields[name]} and {@code errors.summary}; the summary lists each
 * field's message after the field's label (message key {@code field.<name>}) and links it to the input
 * whose id is the field's name.
 */
public record FormErrors(String summary, Map<String, String> fields, Map<String, String> anchors) {

	public FormErrors(String summary, Map<String, String> fields) {
		this(summary, fields, Map.of());
	}

	public static FormErrors none() {
		return new FormErrors(null, Map.of());
	}

	public static FormErrors of(Problem problem, MessageSource messages, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Problem.FieldProblem f : problem.fieldProblems()) {
			fields.putIfAbsent(f.field(), messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale));
		}
		String summary = messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), locale);
		return new FormErrors(summary, fields);
	}

	/** The same errors with some fields renamed, where a form names a field otherwise than the API. */
	public FormErrors rename(Map<String, String> names) {
		Map<String, String> renamed = new LinkedHashMap<>();
		fields.forEach((k, v) -> renamed.put(names.getOrDefault(k, k), v));
		return new FormErrors(summary, renamed, anchors);
	}

	/** The same errors, linked from the summary to inputs whose ids are not the fields' names. */
	public FormErrors at(Map<String, String> ids) {
		Map<String, String> all = new LinkedHashMap<>(anchors);
		all.putAll(ids);
		return new FormErrors(summary, fields, all);
	}

	/** The id of the input that the summary links a field's message to. */
	public String anchor(String field) {
		return anchors.getOrDefault(field, field);
	}

	public boolean any() {
		return summary != null || !fields.isEmpty();
	}

	public boolean has(String field) {
		return fields.containsKey(field);
	}

	public String get(String field) {
		return fields.get(field);
	}
}
