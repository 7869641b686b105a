package org.sgbridge.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checker the page tests rely on finds what is wrong, and passes what is right. */
class HtmlCheckerTests {

	@Test
	void findsAnImageWithoutAlternativeAndAStrayEndTag() {
		assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div>x</div></p>"
				+ "<img src=a.png></body></html>")).hasSize(2)
			.anySatisfy(e -> assertThat(e).contains("alt"));
	}

	@Test
	void passesAValidPage() {
		assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=ar dir=rtl><head><title>ص</title></head><body><main>"
				+ "<h1>مرحبا</h1></main></body></html>")).isEmpty();
	}
}
