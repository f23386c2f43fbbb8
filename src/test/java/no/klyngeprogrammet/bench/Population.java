package no.klyngeprogrammet.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.klyngeprogrammet.identity.ProgrammeGroups;
import no.klyngeprogrammet.support.TestApplications;
import org.camunda.bpm.engine.IdentityService;

/** The people of the benchmark and the applications they send. */
final class Population {

  static final String PASSWORD = "benchmark-passord";
  static final String RECOMMENDER = "benchsaksbehandler1";
  static final String OTHER_OFFICER = "benchsaksbehandler2";
  static final String COUNCIL = "benchprogramrad1";

  private final List<String> reviewers = new ArrayList<>();
  private final List<String> applicants = new ArrayList<>();

  Population(IdentityService identity, int reviewerCount, int applicantCount) {
    create(identity, RECOMMENDER, ProgrammeGroups.CASE_OFFICERS);
    create(identity, OTHER_OFFICER, ProgrammeGroups.CASE_OFFICERS);
    create(identity, COUNCIL, ProgrammeGroups.PROGRAMME_COUNCIL);
    for (int i = 1; i <= reviewerCount; i++) {
      reviewers.add(create(identity, String.format("benchfagvurderer%02d", i), ProgrammeGroups.REVIEWERS));
    }
    for (int i = 1; i <= applicantCount; i++) {
      applicants.add(create(identity, String.format("benchsoker%02d", i), ProgrammeGroups.APPLICANTS));
    }
  }

  List<String> reviewers() {
    return reviewers;
  }

  String[] applicantAccount(int client) {
    return new String[] {applicants.get(client % applicants.size()), PASSWORD};
  }

  /**
   * The n-th application of a year: mostly Arena, some Arena Pro and GCE, every one meeting the
   * formal requirements so that it goes on to review. Each n is another applicant organisation.
   */
  static Map<String, Object> form(int n) {
    String level = switch (n % 10) {
      case 7, 8 -> "ARENA_PRO";
      case 9 -> "GCE";
      default -> "ARENA";
    };
    return TestApplications.eligibleForm(n, level);
  }

  private static String create(IdentityService identity, String id, String group) {
    var user = identity.newUser(id);
    user.setFirstName(id);
    user.setLastName("Benchmark");
    user.setEmail(id + "@programmet.no");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, group);
    return id;
  }
}
