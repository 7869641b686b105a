package org.sgbridge.platform;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal that speaks to the user: an HTTP status, a stable slug (the problem {@code type} is
 * {@code https://sgbridge.org/problems/<slug>}) and a message key with its arguments, resolved in
 * the user's language. Business rules throw it; the web layer turns it into a problem detail or an
 * error message on the page.
 */
public class Problem extends RuntimeException {

	public static final String TYPE_BASE = "https://sgbridge.org/problems/";

	private final HttpStatus status;
	private final String slug;
	private final String messageKey;
	private final transient Object[] args;
	private final List<FieldProblem> fieldProblems;
	private java.time.Duration retryAfter;

	public Problem(HttpStatus status, String slug, String messageKey, Object... args) {
		this(status, slug, messageKey, List.of(), args);
	}

	private Problem(HttpStatus status, String slug, String messageKey, List<FieldProblem> fields, Object... args) {
		super(slug);
		this.status = status;
		this.slug = slug;
		this.messageKey = messageKey;
		this.args = args;
		this.fieldProblems = List.copyOf(fields);
	}

	/** The default detail of a slug: the message key {@code problem.<slug>.detail}. */
	public static Problem of(HttpStatus status, String slug) {
		return new Problem(status, slug, "problem." + slug + ".detail");
	}

	public static Problem notFound() {
		return of(HttpStatus.NOT_FOUND, "not-found");
	}

	public static Problem forbidden() {
		return of(HttpStatus.FORBIDDEN, "forbidden");
	}

	/**
	 * 403 {@code forbidden} (the slug that the API promises) with a detail that names the rule which
	 * refuses: the message {@code problem.forbidden.<rule>} with its arguments, so that the person
	 * refused reads who may do it instead of a bare "not allowed".
	 */
	public static Problem forbidden(String rule, Object... args) {
		return new Problem(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden." + rule, args);
	}

	/** A rule refused (422) with the slug's own message. */
	public static Problem rule(String slug, Object... args) {
		return new Problem(HttpStatus.valueOf(422), slug, "problem." + slug + ".detail", args);
	}

	/** A rule refused (422) with a message of its own, saying which rule (the slug stays the family's). */
	public static Problem refusal(String slug, String messageKey, Object... args) {
		return new Problem(HttpStatus.valueOf(422), slug, messageKey, args);
	}

	public static Problem conflict(String slug, Object... args) {
		return new Problem(HttpStatus.CONFLICT, slug, "problem." + slug + ".detail", args);
	}

	/** Invalid input, one message key per field. */
	public static Problem invalidInput(List<FieldProblem> fields) {
		return new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "problem.invalid-input.detail", fields);
	}

	public static Problem invalidField(String field, String messageKey, Object... args) {
		return invalidInput(List.of(new FieldProblem(field, messageKey, args)));
	}

	public HttpStatus status() {
		return status;
	}

	public String slug() {
		return slug;
	}

	public URI type() {
		return URI.create(TYPE_BASE + slug);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args;
	}

	/** Tells the client when to try again (429 answers carry it as {@code Retry-After}). */
	public Problem retryAfter(java.time.Duration wait) {
		this.retryAfter = wait;
		return this;
	}

	public java.time.Duration retryAfter() {
		return retryAfter;
	}

	public List<FieldProblem> fieldProblems() {
		return fieldProblems;
	}

	/** A field that is missing or invalid, with the message key that says why. */
	public record FieldProblem(String field, String messageKey, Object... args) {
	}
}
