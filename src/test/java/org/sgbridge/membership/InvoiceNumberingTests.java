package org.sgbridge.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import net.codecrete.qrbill.generator.Payments;
import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Problem;
import org.sgbridge.testing.ApiTest;
import org.sgbridge.testing.PilotFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 19's acceptance: invoice numbers stay gapless ({@code YYYY-NNNNNN} per year of issue) when
 * 50 invoices are created at once, and a transaction that rolls back gives its number back; each
 * invoice's QR reference is 27 digits with a valid check digit; a credit note cancels or refunds.
 */
class InvoiceNumberingTests extends ApiTest {

	@Autowired
	Invoices invoices;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private String organization(String name) {
		Person rep = pilot.person("invoice-rep", Set.of());
		return pilot.sme(rep, name + " " + java.util.UUID.randomUUID().toString().substring(0, 8), "KE", 12, 400000, "USD");
	}

	private List<Integer> numbersOf(int year) {
		return jdbc.sql("SELECT seq FROM invoice WHERE issue_year = :y ORDER BY seq").param("y", year)
			.query(Integer.class).list();
	}

	@Test
	void fiftyInvoicesCreatedAtOnceAreNumberedWithoutGapsOrDuplicates() throws Exception {
		clock.setInstant(Instant.parse("2131-03-02T10:00:00Z"));
		String org = organization("Fifty Invoices Sàrl");
		int before = numbersOf(2131).size();
		int threads = 50;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<Invoice>> results = new ArrayList<>();
		try {
			for (int i = 0; i < threads; i++) {
				int n = i;
				Callable<Invoice> issue = () -> {
					start.await();
					return invoices.issue(org, Invoice.Purpose.MEETING, "registration-" + n, "Meeting fee " + n,
							new BigDecimal("150.50"), LocalDate.of(2131, 4, 1), Act.system(clock));
				};
				results.add(pool.submit(issue));
			}
			start.countDown();
			List<String> numbers = new ArrayList<>();
			for (Future<Invoice> result : results) {
				Invoice invoice = result.get();
				numbers.add(invoice.number());
				assertThat(invoice.reference()).hasSize(27).containsOnlyDigits();
				assertThat(Payments.isValidQRReference(invoice.reference())).isTrue();
			}
			assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.matches("2131-\\d{6}"));
		}
		finally {
			pool.shutdownNow();
		}
		List<Integer> all = numbersOf(2131);
		assertThat(all).as("every number of the year, 1 to the last, once")
			.containsExactlyElementsOf(IntStream.rangeClosed(1, before + threads).boxed().toList());
	}

	@Test
	void aTransactionThatRollsBackGivesItsNumberBack() {
		clock.setInstant(Instant.parse("2132-06-15T08:00:00Z"));
		String org = organization("Rolled Back GmbH");
		Invoice first = invoices.issue(org, Invoice.Purpose.MEMBERSHIP, "membership-1", "Membership 2133",
				new BigDecimal("3975"), LocalDate.of(2133, 3, 31), Act.system(clock));
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		String lost = transaction.execute(status -> {
			Invoice doomed = invoices.issue(org, Invoice.Purpose.MEMBERSHIP, "membership-2", "Membership 2133",
					new BigDecimal("3975"), LocalDate.of(2133, 3, 31), Act.system(clock));
			status.setRollbackOnly();
			return doomed.number();
		});
		Invoice next = invoices.issue(org, Invoice.Purpose.MEMBERSHIP, "membership-3", "Membership 2133",
				new BigDecimal("3975"), LocalDate.of(2133, 3, 31), Act.system(clock));
		assertThat(lost).isEqualTo(next.number());
		assertThat(invoices.find(next.id())).isPresent();
		int firstSeq = Integer.parseInt(first.number().substring(5));
		assertThat(next.number()).isEqualTo(String.format("2132-%06d", firstSeq + 1));
		assertThat(numbersOf(2132)).containsExactlyElementsOf(IntStream.rangeClosed(1, firstSeq + 1).boxed().toList());
	}

	@Test
	void aCreditNoteCancelsAnOpenInvoiceAndRefundsAPaidOneOnce() {
		clock.setInstant(Instant.parse("2133-01-10T08:00:00Z"));
		String org = organization("Credit Notes SA");
		Invoice open = invoices.issue(org, Invoice.Purpose.MEETING, "registration-x", "Meeting fee",
				new BigDecimal("200.00"), LocalDate.of(2133, 2, 10), Act.system(clock));
		Invoices.CreditNote note = invoices.cancel(open.id(), "unpaid", Act.system(clock));
		assertThat(note.number()).matches("CN-2133-\\d{6}");
		assertThat(note.amount()).isEqualByComparingTo("200.00");
		assertThat(invoices.find(open.id()).orElseThrow().status()).isEqualTo(Invoice.Status.CANCELLED);
		assertThatThrownBy(() -> invoices.cancel(open.id(), "again", Act.system(clock))).isInstanceOf(Problem.class)
			.hasMessage("already-decided");
		assertThatThrownBy(() -> invoices.refund(open.id(), "no", Act.system(clock))).isInstanceOf(Problem.class)
			.hasMessage("already-decided");

		Invoice paid = invoices.issue(org, Invoice.Purpose.MEETING, "registration-y", "Meeting fee",
				new BigDecimal("80"), LocalDate.of(2133, 2, 10), Act.system(clock));
		new TransactionTemplate(transactions).executeWithoutResult(status -> invoices
			.book(invoices.locked(paid.id()).orElseThrow(), new BigDecimal("80"), LocalDate.of(2133, 1, 12), Act.system(clock)));
		Invoices.CreditNote refund = invoices.refund(paid.id(), "cancelled before the meeting", Act.system(clock));
		int seq = Integer.parseInt(note.number().substring(8));
		assertThat(refund.number()).isEqualTo(String.format("CN-2133-%06d", seq + 1));
		Invoice refunded = invoices.find(paid.id()).orElseThrow();
		assertThat(refunded.status()).isEqualTo(Invoice.Status.REFUNDED);
		assertThat(refunded.paidAmount()).isEqualByComparingTo("80.00");
		assertThat(invoices.creditNoteOf(paid.id()).orElseThrow().number()).isEqualTo(refund.number());
	}

	@Test
	void badValuesAreNamedAndNothingIsNumbered() {
		clock.setInstant(Instant.parse("2134-05-05T08:00:00Z"));
		String org = organization("Bad Values Ltd");
		int before = numbersOf(2134).size();
		assertThatThrownBy(() -> invoices.issue(org, Invoice.Purpose.MEETING, "r", "Fee", new BigDecimal("10.001"),
				LocalDate.of(2134, 6, 1), Act.system(clock))).isInstanceOf(Problem.class)
			.satisfies(p -> assertThat(((Problem) p).fieldProblems()).extracting(Problem.FieldProblem::field)
				.containsExactly("amount"));
		assertThatThrownBy(() -> invoices.issue("no-such-organization", Invoice.Purpose.MEETING, "r", " ",
				new BigDecimal("-1"), LocalDate.of(2134, 5, 4), Act.system(clock))).isInstanceOf(Problem.class)
			.satisfies(p -> assertThat(((Problem) p).fieldProblems()).extracting(Problem.FieldProblem::field)
				.containsExactly("organizationId", "description", "amount", "dueOn"));
		assertThat(numbersOf(2134)).hasSize(before);
	}
}
