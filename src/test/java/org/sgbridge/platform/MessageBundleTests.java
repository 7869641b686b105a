package org.sgbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every text of the UI exists in the six languages. */
class MessageBundleTests {

	private static Properties load(String suffix) throws IOException {
		Properties props = new Properties();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
			assertThat(in).as("bundle messages%s", suffix).isNotNull();
			props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return props;
	}

	@ParameterizedTest
	@ValueSource(strings = { "ar", "zh", "fr", "ru", "es" })
	void everyBundleHasExactlyTheKeysOfTheEnglishOne(String language) throws IOException {
		Properties english = load("");
		Properties other = load("_" + language);
		assertThat(new TreeSet<>(other.stringPropertyNames())).as("keys of %s", language)
			.containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
		for (String key : english.stringPropertyNames()) {
			assertThat(placeholders(other.getProperty(key))).as("placeholders of %s in %s", key, language)
				.isEqualTo(placeholders(english.getProperty(key)));
			assertThat(other.getProperty(key)).as("%s in %s", key, language).isNotBlank();
		}
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Properties english = load("");
		Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[}(]");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = key.matcher(Files.readString(file));
				while (m.find()) {
					if (!english.containsKey(m.group(1))) {
						missing.add(m.group(1) + " in " + file.getFileName());
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static Set<String> placeholders(String value) {
		Set<String> found = new TreeSet<>();
		Matcher m = Pattern.compile("\\{(\\d+)").matcher(value);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}
}
