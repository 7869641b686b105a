package org.sgbridge.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every rule reads, so that tests and the demo loader can set the time. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

	@Bean
	AdjustableClock clock() {
		return AdjustableClock.system();
	}
}
