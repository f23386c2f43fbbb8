package no.klyngeprogrammet.status;

/** Where a case stands, as an applicant sees it on the status page. */
public enum CaseState {
  RECEIVED("Mottatt", "Søknaden er mottatt. Fram til søknadsfristen kan dere sende inn en ny versjon."),
  FORMAL_CHECK("Formell vurdering",
      "Søknadsfristen er ute. Programledelsen kontrollerer at de formelle kravene er oppfylt."),
  UNDER_REVIEW("Fagvurdering",
      "De formelle kravene er oppfylt. Søknaden vurderes av fagvurderere, og deretter fatter programrådet vedtak. "
          + "Alle søkere får svar samtidig, når nye klynger kunngjøres."),
  DECIDED("Vedtak fattet",
      "Vedtaket er sendt til kontaktpersonen på e-post. Vedtaksbrevet sier hvordan og innen når dere kan klage."),
  COMPLAINT("Klage", "Programledelsen har registrert en klage på vedtaket. Svaret sendes til kontaktpersonen.");

  private final String label;
  private final String description;

  CaseState(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }
}
