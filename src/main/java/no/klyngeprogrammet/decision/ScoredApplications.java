package no.klyngeprogrammet.decision;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.klyngeprogrammet.application.ApplicationRepository;
import no.klyngeprogrammet.application.ApplicationRepository.StoredVersion;
import no.klyngeprogrammet.application.Submission;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.scoring.ApplicationScoreRepository;
import no.klyngeprogrammet.scoring.FinalScore;
import org.springframework.stereotype.Component;

/**
 * The applications of a call that the council decides on: the current version of each case with
 * its final scores, asked of their owners in one query each, however many cases the call has.
 */
@Component
class ScoredApplications {

  record Scored(String caseNumber, int version, Instant receivedAt, Submission submission, FinalScore score) {}

  private final ApplicationRepository applications;
  private final SubmittedApplications submissions;
  private final ApplicationScoreRepository scores;

  ScoredApplications(ApplicationRepository applications, SubmittedApplications submissions,
      ApplicationScoreRepository scores) {
    this.applications = applications;
    this.submissions = submissions;
    this.scores = scores;
  }

  /** By case number; a case without final scores for its current version is left out. */
  List<Scored> of(long callId) {
    List<StoredVersion> current = applications.currentVersionsOfCall(callId);
    Map<String, FinalScore> finalScores = scores.finalScores(current.stream()
        .collect(Collectors.toMap(StoredVersion::caseNumber, StoredVersion::version)));
    return current.stream()
        .filter(version -> finalScores.containsKey(version.caseNumber()))
        .map(version -> new Scored(version.caseNumber(), version.version(), version.receivedAt(),
            submissions.read(version.snapshot()), finalScores.get(version.caseNumber())))
        .toList();
  }
}
