package no.klyngeprogrammet.monitoring;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts the cases per state from the project's own tables, which outlive the process instances. */
@Repository
public class CaseStates {

  private final JdbcClient jdbc;

  public CaseStates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Map<CaseState, Long> count() {
    Map<CaseState, Long> counts = new EnumMap<>(CaseState.class);
    for (CaseState state : CaseState.values()) {
      counts.put(state, 0L);
    }
    // The first matching rule wins: an open complaint outranks the decision it is about.
    jdbc.sql("""
            select state, count(*) from (
              select case
                when exists (select 1 from complaint m where m.case_number = c.case_number and m.outcome is null)
                  then 'COMPLAINT'
                when exists (select 1 from decision d where d.case_number = c.case_number)
                  or exists (select 1 from formal_check f where f.case_number = c.case_number
                               and f.version = c.current_version and not f.eligible)
                  then 'DECIDED'
                when exists (select 1 from application_result r where r.case_number = c.case_number
                               and r.version = c.current_version)
                  then 'AWAITING_DECISION'
                when exists (select 1 from formal_check f where f.case_number = c.case_number
                               and f.version = c.current_version)
                  then 'UNDER_REVIEW'
                when k.status = 'CLOSED' then 'FORMAL_CHECK'
                else 'RECEIVED'
              end as state
              from application_case c
              join cluster_call k on k.id = c.call_id
            ) cases
            group by state
            """)
        .query((rs, row) -> counts.put(CaseState.valueOf(rs.getString(1)), rs.getLong(2)))
        .list();
    return counts;
  }
}
