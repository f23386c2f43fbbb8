package no.klyngeprogrammet.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {

  @Test
  void aFullCallIsCutIntoPagesOfTheGivenSize() {
    Paging last = Paging.of(2000, "20", 100);

    assertThat(last).isEqualTo(new Paging(20, 20, 1900, 2000, 2000, 100));
    assertThat(last.rowsOf(IntStream.range(0, 2000).boxed().toList())).hasSize(100).startsWith(1900).endsWith(1999);
    assertThat(Paging.of(2001, "21", 100)).extracting(Paging::from, Paging::to).containsExactly(2000, 2001);
    assertThat(Paging.of(250, null, 100).numbers()).containsExactly(1, 2, 3);
  }

  @Test
  void aPageThatDoesNotExistShowsTheNearestOne() {
    assertThat(Paging.of(250, "9", 100).page()).isEqualTo(3);
    for (String requested : List.of("0", "-2", "", " ", "to", "1e3", "99999999999", "<b>2</b>")) {
      assertThat(Paging.of(250, requested, 100).page()).as(requested).isEqualTo(1);
    }
    assertThat(Paging.of(250, " 2 ", 100).page()).isEqualTo(2);
  }

  @Test
  void anEmptyTableHasOneEmptyPage() {
    Paging empty = Paging.of(0, "3", 100);

    assertThat(empty).isEqualTo(new Paging(1, 1, 0, 0, 0, 100));
    assertThat(empty.rowsOf(List.of())).isEmpty();
  }
}
