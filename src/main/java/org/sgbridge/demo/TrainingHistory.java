package org.sgbridge.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The BSG trainings and regional standardization forums of ITU-T's published list
 * ({@code /reference/bsg-trainings.csv}, a copy of the project's reference file): the rows not marked
 * planned become past meetings of the demo. A forum ("Regional Standardization Forum…", "…Forum") is
 * a {@code FORUM}, the rest {@code TRAINING}; a date given as a month only is the first of that month,
 * marked approximate; a range "from/to" gives the first and last days; the first study group named
 * ("SG2 Regional Group for Africa, …") is the event's, in ITU-T; the location is "City, Country" or a
 * country alone.
 */
final class TrainingHistory {

	private TrainingHistory() {
	}

	/** One event of the list, as the demo creates it. */
	record Event(String kind, String title, String studyGroup, LocalDate start, LocalDate end, boolean approximate,
			String city, String countryName) {
	}

	private static final Pattern GROUP = Pattern.compile("\\bSG(\\d+)\\b");

	/** The events held (not planned), in the file's order. */
	static List<Event> held() {
		try (InputStream in = TrainingHistory.class.getResourceAsStream("/reference/bsg-trainings.csv")) {
			if (in == null) {
				throw new IllegalStateException("reference/bsg-trainings.csv is missing from the classpath");
			}
			List<Event> events = new ArrayList<>();
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				if (!Boolean.parseBoolean(row.get("planned").trim())) {
					events.add(event(row.get("date").trim(), row.get("related_study_group_or_event").trim(),
							row.get("location").trim()));
				}
			}
			return events;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Event event(String date, String what, String location) {
		boolean approximate = false;
		LocalDate start;
		LocalDate end;
		if (date.contains("/")) {
			String[] range = date.split("/");
			start = LocalDate.parse(range[0].trim());
			end = LocalDate.parse(range[1].trim());
		}
		else if (date.matches("\\d{4}-\\d{2}")) {
			start = YearMonth.parse(date).atDay(1);
			end = start;
			approximate = true;
		}
		else {
			start = LocalDate.parse(date);
			end = start;
		}
		String lower = what.toLowerCase(Locale.ROOT);
		boolean forum = lower.startsWith("regional standardization forum") || lower.endsWith("forum");
		Matcher group = GROUP.matcher(what);
		String studyGroup = group.find() ? "ITU-T-SG" + Integer.parseInt(group.group(1)) : null;
		String title = forum ? what : "BSG training: " + what;
		int comma = location.lastIndexOf(',');
		String city = comma < 0 ? null : location.substring(0, comma).trim();
		String country = comma < 0 ? location : location.substring(comma + 1).trim();
		return new Event(forum ? "FORUM" : "TRAINING", title, studyGroup, start, end, approximate, city, country);
	}

	/** The code of a Member State by its English name, as the list writes it. */
	static Optional<String> countryCode(String englishName, Map<String, String> codesByEnglishName) {
		return Optional.ofNullable(codesByEnglishName.get(englishName.toLowerCase(Locale.ROOT)));
	}

	/**
	 * The demo's trainees: a name, the Administration they come for (a country code) or none, and the
	 * events (by index in {@link #held()}) where they were checked in. Illustrative.
	 */
	record Trainee(String key, String name, String administration, List<Integer> events) {
	}

	static final List<Trainee> TRAINEES = List.of(
			new Trainee("amina", "Amina Diallo (demo trainee)", "KE", List.of(0, 2)),
			new Trainee("karim", "Karim Ben Salah (demo trainee)", "TN", List.of(2, 5)),
			new Trainee("nour", "Nour Hassan (demo trainee)", "EG", List.of(2, 3)),
			new Trainee("linh", "Nguyen Thi Linh (demo trainee)", "VN", List.of(1, 4)),
			new Trainee("carlos", "Carlos Rojas (demo trainee)", "CL", List.of(0)),
			new Trainee("sara", "Sara Tesfaye (demo trainee, no organization)", null, List.of(2, 4)),
			new Trainee("omar", "Omar Al-Farsi (demo trainee, no organization)", null, List.of(5)));
}
