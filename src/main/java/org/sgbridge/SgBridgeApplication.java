package org.sgbridge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * SG Bridge: SME participation in ITU study groups, as one modular application. Accounts are its
 * own (the account module signs people in), so Spring Boot's generated default user is never made.
 * Listeners that run after a change has committed (mail delivery) run on the task executor.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@EnableScheduling
@EnableAsync
public class SgBridgeApplication {

	public static void main(String[] args) {
		SpringApplication.run(SgBridgeApplication.class, args);
	}
}
