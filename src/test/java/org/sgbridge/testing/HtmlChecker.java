package org.sgbridge.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The W3C Nu HTML checker (the validator behind validator.w3.org/nu), run inside the tests on the
 * pages they render, as the IETF Datatracker does. Its schemas load once (some seconds) per run.
 */
public final class HtmlChecker {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static EmbeddedValidator validator;

	private HtmlChecker() {
	}

	/** The checker's errors on {@code html}, each as "line:column message (extract)". */
	public static synchronized List<String> errors(String html) {
		try {
			if (validator == null) {
				validator = new EmbeddedValidator();
				validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
				validator.setNoLangDetect(true);
			}
			String out = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
			List<String> errors = new ArrayList<>();
			for (JsonNode m : JSON.readTree(out).path("messages")) {
				if ("error".equals(m.path("type").asString())) {
					errors.add(m.path("lastLine").asInt() + ":" + m.path("firstColumn").asInt() + " " + m.path("message").asString()
							+ " (" + m.path("extract").asString().strip() + ")");
				}
			}
			return errors;
		}
		catch (Exception e) {
			throw new IllegalStateException("The HTML checker failed", e);
		}
	}

	/** Fails with the checker's errors when {@code html} is not valid HTML. */
	public static void assertValid(String html, String where) {
		assertThat(errors(html)).as("Nu HTML checker errors on %s", where).isEmpty();
	}
}
