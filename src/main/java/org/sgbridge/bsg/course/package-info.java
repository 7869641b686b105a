/**
 * The A.1 online course (Recommendation ITU-T A.1, working methods of ITU-T study groups): six fixed
 * modules with content pages and a question bank kept by the secretariat ({@link QuestionBank}),
 * enrolment, quizzes drawn at random and scored once, progress and the certificate of achievement
 * issued at the pass mark ({@link A1Course}), and its public verification and revocation
 * ({@link Certificates}). Who may do what is {@code CourseAccess}'s to say; the scoring rules are
 * {@link CourseScoring}'s.
 */
package org.sgbridge.bsg.course;
