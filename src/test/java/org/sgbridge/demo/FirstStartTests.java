package org.sgbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.sgbridge.report.PilotFigures;
import org.sgbridge.report.PilotReports;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The first start as the README runs it: the embedded database of {@code application.properties}
 * (in a fresh folder), the demo data loaded at start, and the pilot's figures right.
 */
class FirstStartTests {

	@Test
	void theEmbeddedDatabaseStartsWithTheDemoDataAndItsFigures() throws Exception {
		Properties defaults = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
			defaults.load(in);
		}
		// The default URL of the embedded database, in a folder of its own.
		String url = defaults.getProperty("spring.datasource.url").replaceFirst("^\\$\\{SGBRIDGE_DB_URL:(.*)}$", "$1");
		Path folder = Path.of("target", "first-start-" + UUID.randomUUID());
		url = url.replace("./data/", folder.toAbsolutePath() + "/");
		assertThat(url).startsWith("jdbc:h2:file:").contains(folder.toString());

		try (ConfigurableApplicationContext app = SpringApplication.run(SgBridgeApplication.class,
				"--sgbridge.test.as-installed=true", "--server.port=0", "--spring.datasource.url=" + url,
				"--sgbridge.demo.enabled=true", "--sgbridge.demo.password=first start password",
				"--sgbridge.files.path=" + folder.resolve("files"), "--sgbridge.mail.delivery-interval=PT1H")) {
			PilotReports reports = app.getBean(PilotReports.class);
			PilotFigures pp18 = reports.figures(java.time.LocalDate.of(2018, 10, 29), null);
			assertThat(pp18.totals()).isEqualTo(new PilotFigures.Totals(22, 3, 4, 29));
			PilotFigures.Counts itut = reports.figures(java.time.LocalDate.of(2018, 3, 16), null).bySector().get("ITU-T");
			assertThat(itut.approved()).isEqualTo(5);
			assertThat(itut.inAdmission()).isEqualTo(7);
		}
	}
}
