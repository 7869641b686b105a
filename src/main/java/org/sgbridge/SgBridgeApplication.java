package org.sgbridge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** SG Bridge: SME participation in ITU study groups, as one modular application. */
@SpringBootApplication
@EnableScheduling
public class SgBridgeApplication {

	public static void main(String[] args) {
		SpringApplication.run(SgBridgeApplication.class, args);
	}
}
