package org.sgbridge.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sgbridge.meeting.RegistrationEntitlement.Entity;
import org.sgbridge.meeting.RegistrationEntitlement.Refusal;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The registration's policy, without Spring: each refusal names its rule (the organisation, the
 * groups it is approved for, the dates), in the order the registration checks them; a person's
 * verdict over several organisations.
 */
class RegistrationEntitlementTests {

	private static final LocalDate TODAY = LocalDate.of(2027, 1, 10);
	private static final List<String> PILOT = List.of("ITU-D-SG1", "ITU-D-SG2", "ITU-T-SG11", "ITU-T-SG16", "ITU-T-SG20",
			"ITU-T-SG5");

	private static Meeting meeting(String group, Meeting.Kind kind) {
		return new Meeting("m-" + group, group, group.substring(0, 5), kind, group + " meeting", TODAY.plusDays(30),
				TODAY.plusDays(34), "Geneva", "CH", true, TODAY.minusDays(5), TODAY.plusDays(10), 100, null, Instant.EPOCH, null);
	}

	private static Entity sme(Set<String> approved, Set<String> awaiting) {
		return new Entity("astem", "ASTEM Co. Ltd.", "SME", List.of(), List.of(), true, PILOT, approved, awaiting);
	}

	private static Refusal refusal(Entity who, Meeting meeting) {
		return RegistrationEntitlement.refusal(who, meeting, null, TODAY).orElseThrow();
	}

	@Test
	void anSmeIsToldTheGroupsItIsApprovedForAndThatTheMeetingsGroupIsNotInThePilot() {
		Refusal refusal = refusal(sme(Set.of("ITU-T-SG16", "ITU-D-SG2"), Set.of()), meeting("ITU-T-SG17", Meeting.Kind.STUDY_GROUP));
		assertThat(refusal.slug()).isEqualTo("not-entitled");
		assertThat(refusal.messageKey()).isEqualTo("meeting.refusal.sme-not-in-pilot");
		assertThat(refusal.args()).containsExactly("ASTEM Co. Ltd.", List.of("ITU-D SG2", "ITU-T SG16"), "ITU-T SG17");
		assertThat(english(refusal)).isEqualTo("ASTEM Co. Ltd. is approved for ITU-D SG2, ITU-T SG16; ITU-T SG17 is not in the pilot.");
	}

	@Test
	void anSmeWaitingForItsAdministrationIsToldSoAndWhereItsRequestIs() {
		Refusal refusal = refusal(sme(Set.of("ITU-T-SG16"), Set.of("ITU-T-SG20")), meeting("ITU-T-SG20", Meeting.Kind.STUDY_GROUP));
		assertThat(refusal.messageKey()).isEqualTo("meeting.refusal.sme-awaiting");
		assertThat(refusal.args()).containsExactly("ASTEM Co. Ltd.", "ITU-T SG20");
		assertThat(refusal.nextHref()).isEqualTo("/pilot");
	}

	@Test
	void anSmeThatHasNotAskedForAPilotGroupIsToldToAsk() {
		assertThat(refusal(sme(Set.of("ITU-T-SG16"), Set.of()), meeting("ITU-T-SG5", Meeting.Kind.WORKSHOP)).messageKey())
			.isEqualTo("meeting.refusal.sme-not-asked");
		Refusal none = refusal(sme(Set.of(), Set.of()), meeting("ITU-T-SG5", Meeting.Kind.STUDY_GROUP));
		assertThat(none.messageKey()).isEqualTo("meeting.refusal.sme-not-asked.none");
		assertThat(none.nextLabelKey()).isEqualTo("meeting.refusal.next.request");
	}

	@Test
	void anSmeApprovedForTheGroupIsEntitledWhileThePilotRunsOnly() {
		Meeting sg16 = meeting("ITU-T-SG16", Meeting.Kind.RAPPORTEUR_GROUP);
		assertThat(RegistrationEntitlement.refusal(sme(Set.of("ITU-T-SG16"), Set.of()), sg16, Registration.Mode.IN_PERSON, TODAY))
			.isEmpty();
		Entity closed = new Entity("astem", "ASTEM Co. Ltd.", "SME", List.of(), List.of(), false, PILOT, Set.of("ITU-T-SG16"), Set.of());
		assertThat(refusal(closed, sg16).messageKey()).isEqualTo("meeting.refusal.pilot-closed");
	}

	@Test
	void otherKindsAreToldTheirOwnRule() {
		Meeting itud = meeting("ITU-D-SG1", Meeting.Kind.STUDY_GROUP);
		Entity sectorMember = new Entity("o", "Orange", "SECTOR_MEMBER", List.of("ITU-T"), List.of(), true, PILOT, Set.of(), Set.of());
		assertThat(refusal(sectorMember, itud).messageKey()).isEqualTo("meeting.refusal.sector.SECTOR_MEMBER");
		assertThat(refusal(sectorMember, itud).args()).containsExactly("Orange", List.of("ITU-T"), "ITU-D");
		Entity associate = new Entity("a", "Acme", "ASSOCIATE", List.of(), List.of("ITU-T-SG13"), true, PILOT, Set.of(), Set.of());
		assertThat(refusal(associate, itud).messageKey()).isEqualTo("meeting.refusal.associate");
		Entity association = new Entity("w", "WITSA", "ASSOCIATION", List.of(), List.of(), true, PILOT, Set.of(), Set.of());
		assertThat(refusal(association, itud).messageKey()).isEqualTo("meeting.refusal.association");
		assertThat(RegistrationEntitlement.refusal(association, meeting("ITU-D-SG1", Meeting.Kind.WORKSHOP), null, TODAY)).isEmpty();
		Entity administration = new Entity("j", "Japan", "ADMINISTRATION", List.of(), List.of(), true, PILOT, Set.of(), Set.of());
		assertThat(RegistrationEntitlement.refusal(administration, itud, null, TODAY)).isEmpty();
	}

	@Test
	void registrationDatesComeFirstAndNameTheDay() {
		Entity administration = new Entity("j", "Japan", "ADMINISTRATION", List.of(), List.of(), true, PILOT, Set.of(), Set.of());
		Meeting sg16 = meeting("ITU-T-SG16", Meeting.Kind.STUDY_GROUP);
		Refusal closed = RegistrationEntitlement.refusal(administration, sg16, null, sg16.registrationCloses().plusDays(1)).orElseThrow();
		assertThat(closed.slug()).isEqualTo("registration-closed");
		assertThat(closed.messageKey()).isEqualTo("meeting.refusal.closed");
		assertThat(closed.args()).containsExactly(sg16.registrationCloses());
		Refusal early = RegistrationEntitlement.refusal(sme(Set.of(), Set.of()), sg16, null, sg16.registrationOpens().minusDays(1))
			.orElseThrow();
		assertThat(early.messageKey()).as("the dates before the entitlement").isEqualTo("meeting.refusal.not-yet-open");
	}

	@Test
	void aModeTheMeetingDoesNotOfferIsRefusedByName() {
		Entity administration = new Entity("j", "Japan", "ADMINISTRATION", List.of(), List.of(), true, PILOT, Set.of(), Set.of());
		Meeting m = meeting("ITU-T-SG16", Meeting.Kind.STUDY_GROUP);
		Meeting inPersonOnly = new Meeting(m.id(), m.studyGroup(), m.sector(), m.kind(), m.title(), m.startDate(), m.endDate(),
				"Geneva", "CH", false, m.registrationOpens(), m.registrationCloses(), null, null, Instant.EPOCH, null);
		Refusal remote = RegistrationEntitlement.refusal(administration, inPersonOnly, Registration.Mode.REMOTE, TODAY).orElseThrow();
		assertThat(remote.slug()).isEqualTo("mode-not-offered");
		assertThat(remote.messageKey()).isEqualTo("meeting.refusal.remote-not-offered");
	}

	@Test
	void comingInPersonTakesAFreeSeatAndTheLastSeatTakenIsRefusedAsFull() {
		Meeting hundredSeats = meeting("ITU-T-SG16", Meeting.Kind.STUDY_GROUP);
		assertThat(RegistrationEntitlement.capacity(hundredSeats, Registration.Mode.IN_PERSON, () -> 99)).isEmpty();
		assertThat(RegistrationEntitlement.capacity(hundredSeats, Registration.Mode.IN_PERSON, () -> 100))
			.hasValueSatisfying(full -> {
				assertThat(full.slug()).isEqualTo("meeting-full");
				assertThat(full.status().value()).isEqualTo(409);
			});
	}

	@Test
	void remoteParticipationAndAMeetingWithoutCapacityNeverCountSeats() {
		java.util.function.LongSupplier mustNotCount = () -> {
			throw new AssertionError("seats counted");
		};
		Meeting hundredSeats = meeting("ITU-T-SG16", Meeting.Kind.STUDY_GROUP);
		assertThat(RegistrationEntitlement.capacity(hundredSeats, Registration.Mode.REMOTE, mustNotCount)).isEmpty();
		Meeting open = new Meeting("m-open", "ITU-T-SG16", "ITU-T", Meeting.Kind.STUDY_GROUP, "open", TODAY.plusDays(30),
				TODAY.plusDays(34), "Geneva", "CH", true, TODAY.minusDays(5), TODAY.plusDays(10), null, null, Instant.EPOCH, null);
		assertThat(RegistrationEntitlement.capacity(open, Registration.Mode.IN_PERSON, mustNotCount)).isEmpty();
	}

	@Test
	void aPersonMayRegisterWhenOneOfItsOrganisationsMayAndIsToldEachReasonOtherwise() {
		Meeting sg17 = meeting("ITU-T-SG17", Meeting.Kind.STUDY_GROUP);
		Entity administration = new Entity("j", "Japan", "ADMINISTRATION", List.of(), List.of(), true, PILOT, Set.of(), Set.of());
		Entity astem = sme(Set.of("ITU-T-SG16"), Set.of());
		var both = RegistrationEntitlement.verdict(List.of(astem, administration), sg17, TODAY);
		assertThat(both.eligible()).isTrue();
		assertThat(both.organizations()).containsExactly("j");
		var smeOnly = RegistrationEntitlement.verdict(List.of(astem), sg17, TODAY);
		assertThat(smeOnly.eligible()).isFalse();
		assertThat(smeOnly.refusals()).extracting(Refusal::messageKey).containsExactly("meeting.refusal.sme-not-in-pilot");
		var nobody = RegistrationEntitlement.verdict(List.of(), sg17, TODAY);
		assertThat(nobody.refusals()).extracting(Refusal::messageKey).containsExactly("meeting.refusal.no-organization");
		assertThat(nobody.refusals().get(0).nextHref()).isEqualTo("/pilot#h-new-company");
	}

	@Test
	void aStudyGroupIsWrittenAsPeopleWriteIt() {
		assertThat(RegistrationEntitlement.groupName("ITU-T-SG16")).isEqualTo("ITU-T SG16");
		assertThat(RegistrationEntitlement.groupName("ITU-D-SG2")).isEqualTo("ITU-D SG2");
	}

	/** The English message, with the list joined plainly (the application joins it as the language does). */
	private static String english(Refusal refusal) {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		Object[] args = refusal.args().stream().map(a -> a instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : a)
			.toArray();
		return source.getMessage(refusal.messageKey(), args, Locale.ENGLISH);
	}
}
