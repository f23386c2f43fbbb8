package no.klyngeprogrammet.overview;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One page of a long table: the page shown, how many there are, and the rows it holds (from
 * inclusive, to exclusive, counted from 0). A page asked for that does not exist, or is not a
 * number, shows the nearest page that does, so an old or hand-written link still lands somewhere.
 */
public record Paging(int page, int pages, int from, int to, int count, int perPage) {

  static Paging of(int count, String requested, int perPage) {
    int pages = Math.max(1, (count + perPage - 1) / perPage);
    int page = requested != null && requested.strip().matches("[0-9]{1,9}") ? Integer.parseInt(requested.strip()) : 1;
    page = Math.min(Math.max(page, 1), pages);
    int from = (page - 1) * perPage;
    return new Paging(page, pages, from, Math.min(count, from + perPage), count, perPage);
  }

  <T> List<T> rowsOf(List<T> rows) {
    return rows.subList(from, to);
  }

  public List<Integer> numbers() {
    return IntStream.rangeClosed(1, pages).boxed().toList();
  }
}
