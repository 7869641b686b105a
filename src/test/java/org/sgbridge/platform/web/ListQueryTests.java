package org.sgbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How a list page reads its address and writes its links, without Spring. */
class ListQueryTests {

	@Test
	void linksKeepWhatWasUnderstoodEncodedAndNothingElse() {
		ListQuery query = ListQuery.at("/documents").pages("2", "10");
		assertThat(query.text("q", "label", "  ITU-T & Co %  ")).isEqualTo("ITU-T & Co %");
		assertThat(query.choice("status", "label", "submitted", List.of("SUBMITTED", "WITHDRAWN"), null)).isEqualTo("SUBMITTED");
		assertThat(query.choice("sort", "label", "sideways", List.of("number", "title"), "number")).isEqualTo("number");
		assertThat(query.hasProblems()).isTrue();
		assertThat(query.href(3)).isEqualTo("/documents?q=ITU-T+%26+Co+%25&status=SUBMITTED&size=10&page=3");
		assertThat(query.href(1)).isEqualTo("/documents?q=ITU-T+%26+Co+%25&status=SUBMITTED&size=10");
		assertThat(query.paging().page()).isEqualTo(1);
		assertThat(query.paging().offset()).isEqualTo(10);
		assertThat(query.narrowed()).isTrue();
	}

	@Test
	void aViewIsKeptInTheLinksAndOnClearingButDoesNotNarrowTheList() {
		ListQuery query = ListQuery.at("/invoices").pages("2", null).view("view", "overdue");
		assertThat(query.narrowed()).as("a tab chosen, nothing searched").isFalse();
		assertThat(query.href(2)).isEqualTo("/invoices?view=overdue&page=2");
		query.text("q", "label", "Fjord");
		assertThat(query.narrowed()).isTrue();
		assertThat(query.cleared()).isEqualTo("/invoices?view=overdue");
		assertThat(ListQuery.at("/documents").keep("status", "SUBMITTED").cleared()).isEqualTo("/documents");
	}

	@Test
	void wrongPagesAndSizesFallBackToTheDefaultsAndAreNoted() {
		for (String[] bad : new String[][] { { "0", null }, { "-4", null }, { "abc", null }, { "99999999999", null }, { null, "0" },
				{ null, "101" }, { null, "ten" } }) {
			ListQuery query = ListQuery.at("/x").pages(bad[0], bad[1]);
			assertThat(query.hasProblems()).as("page %s size %s", bad[0], bad[1]).isTrue();
			assertThat(query.paging()).isEqualTo(new ListResponse.Paging(0, ListQuery.DEFAULT_SIZE));
		}
		assertThat(ListQuery.at("/x").pages(" ", "").hasProblems()).isFalse();
	}

	@Test
	void aSearchKeepsItsWildcardsAsLettersAndIsCutAtItsLimit() {
		assertThat(ListQuery.likePattern("50%_a\\B")).isEqualTo("%50\\%\\_a\\\\b%");
		ListQuery query = ListQuery.at("/x");
		assertThat(query.text("q", "label", "y".repeat(500))).hasSize(ListQuery.MAX_TEXT);
		assertThat(query.hasProblems()).isTrue();
		assertThat(ListQuery.at("/x").text("q", "label", "a\u0000b\tc")).isEqualTo("a b c");
	}

	@Test
	void theRowOfPagesShowsTheEndsAndTheNeighboursWithGaps() {
		ListQuery query = ListQuery.at("/x");
		assertThat(new ListPage<>(List.of("a"), 5, 10, 100, query).window()).containsExactly(1, 0, 4, 5, 6, 0, 10);
		assertThat(new ListPage<>(List.of("a"), 1, 10, 30, query).window()).containsExactly(1, 2, 3);
		assertThat(new ListPage<>(List.of("a"), 2, 10, 30, query).first()).isEqualTo(11);
		assertThat(new ListPage<>(List.<String>of(), 1, 10, 0, query).pages()).isEqualTo(1);
	}
}
