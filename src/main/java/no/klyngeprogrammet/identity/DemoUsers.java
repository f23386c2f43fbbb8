package no.klyngeprogrammet.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One or more users for every role, with the known password {@value #PASSWORD}, so a newcomer can
 * try each part of the system. They exist only where {@code klynge.identity.demo-users} is true:
 * the embedded default.
 */
@Component
public class DemoUsers {

  public static final String PASSWORD = "demo";

  public record DemoUser(String id, String firstName, String lastName, String group) {
    public String email() {
      return id + "@demo.klyngeprogrammet.local";
    }
  }

  public static final List<DemoUser> USERS = List.of(
      new DemoUser("saksbehandler1", "Kari", "Nordmann", ProgrammeGroups.CASE_OFFICERS),
      new DemoUser("saksbehandler2", "Øystein", "Bråten", ProgrammeGroups.CASE_OFFICERS),
      new DemoUser("fagvurderer1", "Åse", "Lønning", ProgrammeGroups.REVIEWERS),
      new DemoUser("fagvurderer2", "Per", "Ødegård", ProgrammeGroups.REVIEWERS),
      new DemoUser("fagvurderer3", "Siri", "Ås", ProgrammeGroups.REVIEWERS),
      new DemoUser("fagvurderer4", "Jørgen", "Bæverfjord", ProgrammeGroups.REVIEWERS),
      new DemoUser("programrad1", "Ingrid", "Sæther", ProgrammeGroups.PROGRAMME_COUNCIL),
      new DemoUser("programrad2", "Håkon", "Grønli", ProgrammeGroups.PROGRAMME_COUNCIL),
      new DemoUser("klyngeleder1", "Marte", "Kjærnes", ProgrammeGroups.CLUSTER_MANAGERS),
      new DemoUser("soker1", "Ola", "Åsheim", ProgrammeGroups.APPLICANTS),
      new DemoUser("soker2", "Astrid", "Følstad", ProgrammeGroups.APPLICANTS),
      new DemoUser("klageinstans1", "Sigrid", "Løvås", ProgrammeGroups.APPEALS_BOARD));

  private final IdentityService identityService;
  private final IdentityProperties properties;

  public DemoUsers(IdentityService identityService, IdentityProperties properties) {
    this.identityService = identityService;
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  public void create() {
    if (!properties.demoUsers()) {
      return;
    }
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        var user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.email());
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(demo.id(), demo.group());
      }
    }
  }
}
