package dev.realtimeprofiles.benchmarks.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HarnessTest {
  @Test
  void readsJmhCsvScoresAndSecondaryMetrics() {
    Map<String, Double> scores = JmhCsv.scores(List.of(
        "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\",\"Unit\"",
        "\"a.b.Foo.bar\",\"thrpt\",1,4,1234.5,10.0,\"ops/s\"",
        "\"a.b.Foo.bar:gc.alloc.rate.norm\",\"thrpt\",1,4,96.0,0.1,\"B/op\"",
        "\"a.b.Foo.baz\",\"thrpt\",1,4,NaN,NaN,\"ops/s\""));
    assertThat(scores).containsEntry("Foo.bar", 1234.5)
        .containsEntry("Foo.bar:gc.alloc.rate.norm", 96.0);
    assertThat(scores.get("Foo.baz")).isNaN();
  }

  @Test
  void ratioIsOursOverTheOtherSideAndMetFollowsTheGoal() {
    ResultTable table = new ResultTable();
    table.add("faster", 300, 100, "ops/s", ResultTable.Goal.AT_LEAST, 2);
    table.add("smaller", 30, 100, "MB", ResultTable.Goal.AT_MOST, 0.1);
    assertThat(table.rows()).extracting(ResultTable.Row::ratio, ResultTable.Row::met)
        .containsExactly(tuple("3x", "yes"), tuple("0.300x", "NO"));
    assertThat(table.render()).contains("| faster ", ">= 2x", "<= 0.100x");
  }

  @Test
  void aSideThatMeasuredNothingGivesNoRatio() {
    ResultTable table = new ResultTable();
    table.add("round trip", 120, 0, "req/s", ResultTable.Goal.AT_LEAST, 1.5);
    assertThat(table.rows()).extracting(ResultTable.Row::ratio, ResultTable.Row::met)
        .containsExactly(tuple("-", "n/a"));
  }

  @Test
  void medianOfEvenAndOddCounts() {
    assertThat(Stats.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(Stats.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
  }

  @Test
  void serverAnswersTheClientSecretsPathOnlyAndTheDriverCountsCalls() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(2)) {
      assertThat(post(server.baseUrl() + "/realtime/client_secrets")).isEqualTo(200);
      assertThat(post(server.baseUrl() + "/realtime/sessions")).isEqualTo(404);
      assertThat(server.answered()).isEqualTo(1);
      assertThat(server.rejected()).isEqualTo(1);
    }
    AtomicInteger calls = new AtomicInteger();
    double rps = LoadDriver.requestsPerSecond(2, Duration.ZERO, Duration.ofMillis(100),
        calls::incrementAndGet);
    assertThat(rps).isPositive();
    assertThat((double) calls.get()).isGreaterThanOrEqualTo(rps * 0.1);
  }

  private static int post(String url) throws Exception {
    HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    try (OutputStream out = connection.getOutputStream()) {
      out.write("{}".getBytes(StandardCharsets.UTF_8));
    }
    int status = connection.getResponseCode();
    if (status == 200) {
      try (InputStream in = connection.getInputStream()) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        in.transferTo(body);
        assertThat(body.toByteArray()).isEqualTo(Fixtures.clientSecretResponse());
      }
    }
    connection.disconnect();
    return status;
  }
}
