package org.sgbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The demo is loaded only into an empty database, checked in one query whatever the data's size,
 * and when it is not loaded the log says why. (That it is loaded beside the first administrator is
 * shown by {@link FirstStartTests}.)
 */
@ExtendWith(OutputCaptureExtension.class)
@Import(StatementCounter.Config.class)
class DemoSkipTests extends ApiTest {

	@Autowired
	DemoData demo;

	@Autowired
	StatementCounter statements;

	@Test
	void aDatabaseWithAccountsIsNotEmptyAndTheCheckIsOneQuery() {
		pilot.person("someone", Set.of());
		pilot.person("someone-else", Set.of());
		assertThat(statements.during(() -> assertThat(demo.isEmpty()).isFalse())).isEqualTo(1);
	}

	@Test
	void whenTheDemoIsSkippedTheLogSaysWhy(CapturedOutput output) {
		demo.run(new DefaultApplicationArguments());
		assertThat(output.getOut()).contains("Demo data not loaded: SGBRIDGE_DEMO is false");

		pilot.person("someone", Set.of());
		ReflectionTestUtils.setField(demo, "enabled", true);
		try {
			demo.run(new DefaultApplicationArguments());
		}
		finally {
			ReflectionTestUtils.setField(demo, "enabled", false);
		}
		// On a database that other tests share, the demo may already be there: the log says that instead
		assertThat(output.getOut()).containsAnyOf("Demo data not loaded: the database is not empty",
				"Demo data already loaded into this database");
		assertThat(demo.isEmpty()).isFalse();
	}
}
