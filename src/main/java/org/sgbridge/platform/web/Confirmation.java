package org.sgbridge.platform.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The confirmation step of a change that cannot simply be taken back, shown before it is made, on
 * its own page and without JavaScript: what will change, then a form that posts the same fields
 * again with {@code confirmed=true}, and a way back that changes nothing. Render it with the view
 * {@link #VIEW} and the model attribute {@code confirmation}.
 *
 * @param title the question ("Replace the focal points of Chile?")
 * @param lead what will happen, in a sentence
 * @param sections what changes, as headed lists (for example, the focal points now and after)
 * @param action the address the form posts to (the one that asked for confirmation)
 * @param fields the fields to post again
 * @param danger whether the change removes something (the button is then red)
 * @param cancelHref where "Cancel" leads, changing nothing
 */
public record Confirmation(String title, String lead, List<Section> sections, String action, List<Field> fields,
		boolean danger, String cancelHref) {

	public static final String VIEW = "confirm";

	/** The field that marks the second step. */
	public static final String CONFIRMED = "confirmed";

	public Confirmation {
		sections = List.copyOf(sections);
		fields = List.copyOf(fields);
	}

	/** A heading and its lines; {@code id} names the list on the page. */
	public record Section(String id, String heading, List<String> lines) {

		public Section {
			lines = List.copyOf(lines);
		}
	}

	/** A field posted again. */
	public record Field(String name, String value) {
	}

	/** Builds a confirmation step by step. */
	public static Builder of(String title, String lead, String action, String cancelHref) {
		return new Builder(title, lead, action, cancelHref);
	}

	public static final class Builder {

		private final String title;
		private final String lead;
		private final String action;
		private final String cancelHref;
		private final List<Section> sections = new ArrayList<>();
		private final List<Field> fields = new ArrayList<>();
		private boolean danger;

		private Builder(String title, String lead, String action, String cancelHref) {
			this.title = title;
			this.lead = lead;
			this.action = action;
			this.cancelHref = cancelHref;
		}

		public Builder section(String id, String heading, List<String> lines) {
			sections.add(new Section(id, heading, lines));
			return this;
		}

		/** A field to post again; nothing when the value is null. */
		public Builder field(String name, String value) {
			if (value != null) {
				fields.add(new Field(name, value));
			}
			return this;
		}

		public Builder fields(String name, List<String> values) {
			if (values != null) {
				values.forEach(v -> field(name, v));
			}
			return this;
		}

		public Builder danger() {
			this.danger = true;
			return this;
		}

		public Confirmation build() {
			return new Confirmation(title, lead, sections, action, fields, danger, cancelHref);
		}
	}
}
