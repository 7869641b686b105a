package org.sgbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;

/**
 * A refused form lists every field at fault at once, each under the field's own label in the page's
 * language, and each entry takes the keyboard to that field.
 */
class ErrorSummaryBrowserTests extends BrowserTest {

	@Test
	void theSummaryNamesEachFieldAndLeadsToIt() {
		for (String[] language : new String[][] { { "en", "Organization name", "E-mail address", "Country" },
				{ "ar", "اسم المنظمة", "عنوان البريد الإلكتروني", "البلد" }, { "zh", "组织名称", "电子邮件地址", "国家" } }) {
			Page page = newPage();
			page.navigate("/pilot/interest?lang=" + language[0]);
			page.locator("main form[method=post] button[type=submit]").last().click();
			page.waitForLoadState();
			List<String> entries = page.locator("#form-errors li a").allTextContents();
			assertThat(entries).as(language[0]).anySatisfy(e -> assertThat(e).startsWith(language[1]))
				.anySatisfy(e -> assertThat(e).startsWith(language[2]))
				.anySatisfy(e -> assertThat(e).startsWith(language[3]));
			Browser.assertAccessible(page);

			page.locator("#form-errors li a").filter(new Locator.FilterOptions().setHasText(language[2])).click();
			assertThat(page.evaluate("document.activeElement.id")).as(language[0]).isEqualTo("email");
			page.context().close();
		}
	}
}
