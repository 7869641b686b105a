package org.sgbridge.platform.web;

import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sgbridge.platform.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;

/**
 * What arrives malformed is refused as the application refuses anything (a problem detail under
 * /api, a page elsewhere), whether Tomcat, Spring Security's firewall or the first parameter read
 * notices it: Tomcat's error report is replaced, an encoded slash reaches the firewall (which
 * answers 404: no address of ours holds one), and queries are checked before anything reads them.
 */
@Configuration(proxyBeanMethods = false)
class RequestHardening {

	private static final Logger log = LoggerFactory.getLogger(RequestHardening.class);

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports(MessageSource messages) {
		return factory -> {
			factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
				if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() instanceof Host host) {
					for (Valve valve : host.getPipeline().getValves()) {
						if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
							host.getPipeline().removeValve(valve);
						}
					}
					host.getPipeline().addValve(new ProblemReportValve(messages));
				}
			}));
			// Kept encoded rather than refused by Tomcat, so that the firewall below answers it as ours.
			factory.addConnectorCustomizers(connector -> {
				connector.setEncodedSolidusHandling("passthrough");
				// Let characters browsers leave raw in a query reach the application, which refuses the
				// backslash itself (MalformedRequestFilter), knowing then the path to answer under.
				connector.setProperty("relaxedQueryChars", "\\\"<>[]^`{|}");
			});
		};
	}

	@Bean
	FilterRegistrationBean<MalformedRequestFilter> malformedRequests(
			@Value("${sgbridge.max-request-line:8KB}") DataSize maxRequestLine) {
		FilterRegistrationBean<MalformedRequestFilter> registration = new FilterRegistrationBean<>(
				new MalformedRequestFilter(maxRequestLine.toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}

	/** The firewall's refusals: an encoded slash or the like in a path is an address we do not have (404), the rest 400. */
	@Bean
	RequestRejectedHandler requestRejected() {
		return (request, response, rejected) -> {
			String uri = request.getRequestURI().toLowerCase(java.util.Locale.ROOT);
			boolean noSuchAddress = uri.contains("%2f") || uri.contains("%5c") || uri.contains("%25") || uri.contains("%2e")
					|| uri.contains("//") || uri.contains("/./") || uri.contains("/../") || uri.contains(";");
			HttpStatus status = noSuchAddress ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
			log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), rejected.getMessage());
			request.setAttribute(ErrorPageController.PROBLEM, noSuchAddress ? Problem.notFound()
					: new Problem(status, "malformed", "problem.malformed-address.detail"));
			response.sendError(status.value());
		};
	}
}
