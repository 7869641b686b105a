package org.sgbridge.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The settings of every connection to PostgreSQL: just-in-time compilation off. The application's
 * statements are short; PostgreSQL compiles those it estimates costly, which took 8 to 12 ms a
 * statement on lists that then ran in 5 (measured on the scale-1 data).
 */
@Component
class PostgresConnections implements BeanPostProcessor {

	static final String OPTIONS = "-c jit=off";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource) {
			HikariDataSource pool = (HikariDataSource) bean;
			String url = pool.getJdbcUrl();
			if (url != null && url.startsWith("jdbc:postgresql:") && !pool.getDataSourceProperties().containsKey("options")) {
				pool.addDataSourceProperty("options", OPTIONS);
			}
		}
		return bean;
	}
}
