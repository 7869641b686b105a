package org.sgbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sgbridge.SgBridgeApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Static files are served from their own paths only: every file a template links to answers, an
 * address that is neither a page nor a file is a 404 (the error page, or a problem detail under
 * /api), and no address of a page is looked up as a possible file.
 */
@SpringBootTest(classes = SgBridgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class StaticFilesTests {

	/** An address in a template that names a file by its extension: {@code @{/css/sgbridge.css}}, {@code href="/x.svg"}. */
	private static final Pattern LINKED_FILE = Pattern
		.compile("(?:@\\{|(?:href|src)=\")(/[A-Za-z0-9_./-]+\\.(?:css|js|svg|png|ico|jpg|gif|webp|woff2?|ttf|map|webmanifest|txt))[}\"?#]");

	@LocalServerPort
	int port;

	@Autowired
	ResourceUrlProvider resourceUrls;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static TreeSet<String> filesLinkedFromTemplates() throws IOException {
		TreeSet<String> files = new TreeSet<>();
		for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
			Matcher m = LINKED_FILE.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (m.find()) {
				files.add(m.group(1));
			}
		}
		return files;
	}

	@Test
	void everyFileATemplateLinksToIsServed() throws Exception {
		TreeSet<String> files = filesLinkedFromTemplates();
		// The error page of the container (ProblemReportValve) links to these too.
		files.add("/webjars/bootstrap/dist/css/bootstrap.min.css");
		files.add("/webjars/bootstrap/dist/css/bootstrap.rtl.min.css");
		assertThat(files).as("found in the templates").contains("/favicon.svg", "/css/sgbridge.css", "/js/sgbridge.js",
				"/js/select-all.js", "/webjars/htmx.org/dist/htmx.min.js");
		for (String file : files) {
			HttpResponse<String> response = get(file);
			assertThat(response.statusCode()).as(file).isEqualTo(200);
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (file.endsWith(".css")) {
				assertThat(type).as(file).startsWith("text/css");
			}
			else if (file.endsWith(".js")) {
				assertThat(type).as(file).contains("javascript");
			}
			else if (file.endsWith(".svg")) {
				assertThat(type).as(file).startsWith("image/svg+xml");
			}
		}
		// Bootstrap's stylesheet names its source map; the API reference page has springdoc's own files.
		assertThat(get("/webjars/bootstrap/dist/css/bootstrap.min.css.map").statusCode()).isEqualTo(200);
		assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

	@Test
	void anAddressThatIsNeitherAPageNorAFileIsTheNotFoundPage() throws Exception {
		for (String path : List.of("/no-such-file.css", "/css/no-such-file.css", "/js/no-such-file.js",
				"/webjars/bootstrap/dist/css/no-such-file.css", "/webjars/no-such-library/x.js", "/favicon.ico",
				"/static/css/sgbridge.css", "/application.properties", "/templates/home.html", "/no/such/page.html")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
			assertThat(response.body()).as(path).contains("lang=\"en\"").doesNotContain("Exception");
		}
	}

	@Test
	void anUnknownApiAddressIsAProblemDetail() throws Exception {
		for (String path : List.of("/api/v1/no-such-file.json", "/api/v1/css/sgbridge.css", "/api/no-such-thing",
				"/api/v1/meetings/x/y/z")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
			assertThat(response.body()).as(path).contains("\"type\":\"https://sgbridge.org/problems/not-found\"");
		}
	}

	@Test
	void noAddressOfAPageIsLookedUpAsAFile() {
		assertThat(resourceUrls.getHandlerMap()).as("static paths").isNotEmpty();
		for (String page : List.of("/", "/meetings", "/meetings/0b7d6f0e-4b7a-4c1e-9a53-2f7f1f6c1a11", "/contributions",
				"/reports/pilot", "/signin")) {
			assertThat(resourceUrls.getHandlerMap().keySet()).as(page)
				.noneMatch(pattern -> PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(page)));
		}
	}
}
