package no.klyngeprogrammet.status;

/**
 * Where a case stands: one rule ({@link CaseFacts#state()}) for the status page and the metrics
 * alike. The label and description are what the applicant reads; the metric label tags
 * {@code klynge_cases}.
 */
public enum CaseState {
  RECEIVED("received", "Mottatt",
      "Søknaden er mottatt. Fram til søknadsfristen kan dere sende inn en ny versjon."),
  FORMAL_CHECK("formal_check", "Formell vurdering",
      "Søknadsfristen er ute. Programledelsen kontrollerer at de formelle kravene er oppfylt. "
          + "En søknad som ikke oppfyller dem, avvises, og vedtaket sendes med en gang."),
  UNDER_REVIEW("under_review", "Fagvurdering",
      "De formelle kravene er oppfylt. Søknaden vurderes av fagvurderere, og deretter fatter programrådet vedtak. "
          + "Alle fagvurderte søknader får svar samtidig, når nye klynger kunngjøres."),
  AWAITING_DECISION("awaiting_decision", "Til vedtak",
      "Fagvurderingen er ferdig. Programrådet fatter vedtak. "
          + "Alle fagvurderte søknader får svar samtidig, når nye klynger kunngjøres."),
  DECIDED("decided", "Vedtak fattet",
      "Vedtaket er sendt til kontaktpersonen på e-post. Vedtaksbrevet sier hvordan og innen når dere kan klage. "
          + "Et svar på en klage sendes på samme måte og står i listen over brev."),
  COMPLAINT("complaint", "Klage til behandling",
      "Programledelsen har registrert en klage på vedtaket og behandler den. Blir vedtaket stående, sendes klagen "
          + "til klageinstansen, som avgjør den endelig. Hvert svar sendes til kontaktpersonen og står i listen over brev.");

  private final String metricLabel;
  private final String label;
  private final String description;

  CaseState(String metricLabel, String label, String description) {
    this.metricLabel = metricLabel;
    this.label = label;
    this.description = description;
  }

  public String metricLabel() {
    return metricLabel;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }
}
