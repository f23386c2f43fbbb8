package no.klyngeprogrammet.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.klyngeprogrammet.application.ApplicationRepository;
import no.klyngeprogrammet.application.ApplicationVariables;
import no.klyngeprogrammet.application.SubmittedApplications;
import no.klyngeprogrammet.config.ConcurrentChange;
import no.klyngeprogrammet.validation.ValidationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where a case officer confirms or changes the call-wide allocation: every waiting
 * application's "Tildel fagvurderere" is completed through the engine, so its listener's rules
 * hold here as they do in Tasklist.
 */
@Service
public class AllocationDesk {

  public static final String TASK = "Task_AssignReviewers";
  public static final String CONFIRMED_ELSEWHERE = "Tildelingen er allerede bekreftet av en annen saksbehandler.";
  public static final String CHANGED_ELSEWHERE =
      "Oppgaven ble endret et annet sted i samme øyeblikk og er ikke bekreftet. Prøv igjen.";

  public record Row(String caseNumber, int version, String clusterName, String level, List<String> reviewers,
      Optional<String> shortfall, String chosenBy, boolean taskOpen) {}

  /** What a confirmation did: applications confirmed, and each one left with why. */
  public record Confirmation(List<String> confirmed, Map<String, String> leftOut) {}

  private final CallAllocation allocation;
  private final ReviewerProposals proposals;
  private final SubmittedApplications applications;
  private final ApplicationRepository applicationRepository;
  private final ReviewProperties properties;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ReviewRepository reviews;

  public AllocationDesk(CallAllocation allocation, ReviewerProposals proposals, SubmittedApplications applications,
      ApplicationRepository applicationRepository, ReviewProperties properties, TaskService taskService,
      RuntimeService runtimeService, ReviewRepository reviews) {
    this.allocation = allocation;
    this.proposals = proposals;
    this.applications = applications;
    this.applicationRepository = applicationRepository;
    this.properties = properties;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.reviews = reviews;
  }

  public List<Row> rows(long callId) {
    Set<String> open = new HashSet<>(openTasks(callId).stream().map(OpenTask::caseNumber).toList());
    return allocation.proposals(callId).stream().map(p -> {
      var version = applications.version(p.caseNumber(), p.version());
      return new Row(p.caseNumber(), p.version(), version.clusterName(),
          applications.read(version.snapshot()).level().displayName(), p.reviewers(), p.shortfall(), p.chosenBy(),
          open.contains(p.caseNumber()));
    }).toList();
  }

  /** Makes every proposal not chosen by a case officer anew, and shows it in the open tasks. */
  @Transactional
  public void allocateAgain(long callId) {
    allocation.allocate(callId, true);
    refreshOpenTasks(callId);
  }

  /**
   * A case officer's own reviewers for one application; refused, naming the field, unless they are
   * enough distinct eligible reviewers. The rest of the call is allocated anew around them.
   */
  @Transactional
  public void change(long callId, String caseNumber, List<String> reviewers, String officer) {
    var current = applicationRepository.currentCase(caseNumber)
        .filter(c -> c.callId() == callId)
        .orElseThrow(() -> ValidationException.single("Endringen ble ikke lagret.", "caseNumber", "Saksnummer",
            caseNumber + " er ikke en søknad i denne utlysningen"));
    if (!reviews.reviewersOf(caseNumber, current.version()).isEmpty()) {
      // A page loaded before the confirmation: a proposal now would count as load beside the assignments.
      throw ValidationException.single("Endringen ble ikke lagret.", "caseNumber", "Saksnummer",
          "fagvurdererne for " + caseNumber + " er allerede bekreftet, så forslaget kan ikke endres");
    }
    List<String> distinct = reviewers.stream().distinct().toList();
    Set<String> eligible = proposals.eligibleIds(caseNumber, current.version(),
        applications.submission(caseNumber, current.version()));
    List<String> notAllowed = distinct.stream().filter(id -> !eligible.contains(id)).toList();
    if (!notAllowed.isEmpty()) {
      throw ValidationException.single("Endringen ble ikke lagret.", "reviewers", "Fagvurderere",
          "kan ikke velges for " + caseNumber + ": " + String.join(", ", notAllowed)
              + " (ikke fagvurderer, tilknyttet søkeren eller en medlemsorganisasjon, eller tildelt før)");
    }
    if (distinct.size() < properties.reviewersPerApplication()) {
      throw ValidationException.single("Endringen ble ikke lagret.", "reviewers", "Fagvurderere",
          "minst " + properties.reviewersPerApplication() + " ulike fagvurderere må velges, men " + distinct.size()
              + " er valgt");
    }
    allocation.choose(callId, caseNumber, current.version(), distinct, officer);
    refreshOpenTasks(callId);
  }

  /**
   * Confirms the proposal of every application whose task is open and not taken by someone else,
   * each in its own transaction; an application the pool cannot serve is left out and named.
   */
  public Confirmation confirmAll(long callId, String officer) {
    Map<String, CallAllocation.Proposal> byCase = new HashMap<>();
    allocation.proposals(callId).forEach(p -> byCase.put(p.caseNumber(), p));
    List<String> confirmed = new ArrayList<>();
    Map<String, String> leftOut = new java.util.TreeMap<>();
    for (OpenTask open : openTasks(callId)) {
      Task task = open.task();
      String caseNumber = open.caseNumber();
      CallAllocation.Proposal proposal = byCase.get(caseNumber);
      if (proposal == null) {
        leftOut.put(caseNumber, "Ingen forslag er laget for søknaden.");
      } else if (proposal.shortfall().isPresent()) {
        leftOut.put(caseNumber, proposal.shortfall().get());
      } else if (task.getAssignee() != null && !task.getAssignee().equals(officer)) {
        leftOut.put(caseNumber, "Oppgaven er tatt av " + task.getAssignee() + ".");
      } else {
        try {
          if (task.getAssignee() == null) {
            taskService.claim(task.getId(), officer);
          }
          taskService.complete(task.getId(), Map.of(ReviewVariables.SELECTED_REVIEWERS, proposal.reviewers()));
          confirmed.add(caseNumber);
        } catch (ValidationException e) {
          taskService.setAssignee(task.getId(), task.getAssignee());
          leftOut.put(caseNumber, e.getMessage());
        } catch (ProcessEngineException e) {
          leftOut.put(caseNumber, lostTo(task.getId(), officer, e));
        }
      }
    }
    return new Confirmation(confirmed, leftOut);
  }

  /**
   * Why a task another case officer got to first (here or in Tasklist, at the same moment) was not
   * confirmed: the task as it is now says who took it or that it is done. Any other failure is one.
   */
  private String lostTo(String taskId, String officer, ProcessEngineException failure) {
    Task now = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (now == null) {
      return CONFIRMED_ELSEWHERE;
    }
    if (now.getAssignee() != null && !now.getAssignee().equals(officer)) {
      return "Oppgaven er tatt av " + now.getAssignee() + ".";
    }
    if (ConcurrentChange.in(failure)) {
      return CHANGED_ELSEWHERE;
    }
    throw failure;
  }

  private void refreshOpenTasks(long callId) {
    Map<String, CallAllocation.Proposal> byCase = new HashMap<>();
    allocation.proposals(callId).forEach(p -> byCase.put(p.caseNumber(), p));
    for (OpenTask open : openTasks(callId)) {
      CallAllocation.Proposal proposal = byCase.get(open.caseNumber());
      if (proposal != null) {
        var eligible = proposals.eligibleFor(proposal.caseNumber(), proposal.version(),
            applications.submission(proposal.caseNumber(), proposal.version()));
        taskService.setVariables(open.task().getId(), AssignReviewersTaskListener.formVariables(eligible, proposal));
      }
    }
  }

  /** A waiting application's open "Tildel fagvurderere", with its case number. */
  private record OpenTask(Task task, String caseNumber) {}

  /**
   * The case numbers come in one query rather than one per task: a task that another case officer
   * completes meanwhile is then left out or refused by the engine, never an error here.
   */
  private List<OpenTask> openTasks(long callId) {
    Set<String> cases = new HashSet<>(applicationRepository.currentVersionsOfCall(callId).stream()
        .map(ApplicationRepository.StoredVersion::caseNumber).toList());
    List<Task> tasks = taskService.createTaskQuery().processDefinitionKey(ReviewVariables.PROCESS_KEY)
        .taskDefinitionKey(TASK).orderByTaskCreateTime().asc().list();
    if (tasks.isEmpty()) {
      return List.of();
    }
    Map<String, String> caseByInstance = new HashMap<>();
    runtimeService.createVariableInstanceQuery().variableName(ApplicationVariables.CASE_NUMBER)
        .processInstanceIdIn(tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new))
        .list().forEach(v -> caseByInstance.put(v.getProcessInstanceId(), String.valueOf(v.getValue())));
    return tasks.stream().map(t -> new OpenTask(t, caseByInstance.get(t.getProcessInstanceId())))
        .filter(open -> cases.contains(open.caseNumber())).toList();
  }
}
