package org.sgbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.RawHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application, taken from its own route list, sent what a fuzzer sends: a query
 * that is not UTF-8, a NUL in a path segment, a JSON body of the wrong type; signed in as an
 * administrator (so that bodies are judged) and not. Nothing answers 5xx, and under /api every
 * refusal is a problem detail.
 */
class EveryRouteTests extends ApiTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Route(String method, String pattern) {
	}

	private List<Route> routes() {
		Set<String> seen = new TreeSet<>();
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			List<String> names = methods.isEmpty() ? List.of("GET", "POST") : methods.stream().map(Enum::name).toList();
			for (String pattern : info.getPatternValues()) {
				for (String method : names) {
					if (seen.add(method + " " + pattern)) {
						routes.add(new Route(method, pattern));
					}
				}
			}
		}
		assertThat(routes).as("the route list").hasSizeGreaterThan(50);
		return routes;
	}

	private static String fill(String pattern, String value) {
		return pattern.replaceAll("\\{[^/]+}", value);
	}

	/** The path with a NUL inside its last segment. */
	private static String withNul(String pattern) {
		String path = fill(pattern, "x");
		return path.endsWith("/") ? path + "a%00b" : path + "%00b";
	}

	private void check(Route route, String target, RawHttp.Response response) {
		String what = route.method() + " " + target + " -> " + response;
		assertThat(response.status()).as(what).isLessThan(500);
		if (target.startsWith("/api/") && response.status() >= 400) {
			assertThat(response.header("Content-Type")).as(what).startsWith("application/problem+json");
			assertThat(response.body()).as(what).contains("\"type\":\"https://sgbridge.org/problems/").contains("\"instance\":");
		}
	}

	@Test
	void noRouteAnswers5xxToAQueryThatIsNotUtf8() {
		String token = pilot.people().adminToken();
		for (Route route : routes()) {
			String target = fill(route.pattern(), "x") + "?page=%ff%fe&q=%c3%28";
			check(route, target, RawHttp.send(port, route.method(), target, null, "Authorization: Bearer " + token));
			check(route, target, RawHttp.send(port, route.method(), target, null));
		}
	}

	@Test
	void noRouteAnswers5xxToANulInAPathSegment() {
		String token = pilot.people().adminToken();
		for (Route route : routes()) {
			String target = withNul(route.pattern());
			RawHttp.Response response = RawHttp.send(port, route.method(), target, null, "Authorization: Bearer " + token);
			check(route, target, response);
			assertThat(response.status()).as("%s %s", target, response).isEqualTo(400);
		}
	}

	@Test
	void noRouteAnswers5xxToAJsonBodyOfTheWrongType() {
		String token = pilot.people().adminToken();
		for (String body : List.of("[1, 2]", "42", "{\"id\": [true], \"name\": {\"a\": 1}, \"studyGroups\": \"x\"}",
				"{\"title\": 5, \"decision\": 0, \"inputs\": [null], \"accountIds\": [null], \"studyGroups\": [null]}")) {
			for (Route route : routes()) {
				if (route.method().equals("GET")) {
					continue;
				}
				String target = fill(route.pattern(), "x");
				check(route, target, RawHttp.send(port, route.method(), target, body, "Authorization: Bearer " + token,
						"Content-Type: application/json"));
				check(route, target, RawHttp.send(port, route.method(), target, body, "Content-Type: application/json"));
			}
		}
	}
}
