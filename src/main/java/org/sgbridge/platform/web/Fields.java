package org.sgbridge.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.sgbridge.platform.Problem;

/**
 * Values typed as text (in a form, or a JSON field kept as text so that every mistake can be told
 * at once): blank is null; a malformed one adds its field's problem and reads as null.
 */
public final class Fields {

	private Fields() {
	}

	public static Integer integer(String value, String field, List<Problem.FieldProblem> problems) {
		try {
			return blank(value) ? null : Integer.valueOf(value.trim());
		}
		catch (NumberFormatException e) {
			problems.add(new Problem.FieldProblem(field, "validation.wholeNumber"));
			return null;
		}
	}

	public static BigDecimal decimal(String value, String field, List<Problem.FieldProblem> problems) {
		try {
			return blank(value) ? null : new BigDecimal(value.trim());
		}
		catch (NumberFormatException e) {
			problems.add(new Problem.FieldProblem(field, "validation.number"));
			return null;
		}
	}

	public static LocalDate date(String value, String field, List<Problem.FieldProblem> problems) {
		try {
			return blank(value) ? null : org.sgbridge.platform.Dates.parse(value);
		}
		catch (DateTimeParseException e) {
			problems.add(new Problem.FieldProblem(field, "validation.date"));
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
