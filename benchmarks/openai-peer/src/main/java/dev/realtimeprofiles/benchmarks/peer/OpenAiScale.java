package dev.realtimeprofiles.benchmarks.peer;

import com.openai.core.ClientOptions;
import com.openai.helpers.RealtimeConnection;
import com.openai.helpers.RealtimeWebSocketOptions;
import com.openai.models.realtime.RealtimeClientEvent;
import com.openai.models.realtime.RealtimeServerEvent;
import com.openai.models.realtime.RealtimeSessionCreateRequest;
import com.openai.models.realtime.ResponseCreateEvent;
import com.openai.models.realtime.SessionUpdateEvent;
import dev.realtimeprofiles.benchmarks.harness.ScaleDriver;
import dev.realtimeprofiles.benchmarks.harness.ScaleProbe;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The peer of the scale benchmark: openai-java's {@link RealtimeConnection} (4.105.0) on its own
 * OkHttp client, events consumed with {@code receiveAsync()} chained per connection, so this side
 * adds no thread of its own. {@code OpenAiScale <baseUrl> <n> <deltas>}.
 */
public final class OpenAiScale extends ScaleDriver<RealtimeConnection> {
  private static final RealtimeClientEvent SESSION_UPDATE =
      RealtimeClientEvent.ofSessionUpdate(
          SessionUpdateEvent.builder().session(RealtimeSessionCreateRequest.builder().build()).build());
  private static final RealtimeClientEvent RESPONSE_CREATE =
      RealtimeClientEvent.ofResponseCreate(ResponseCreateEvent.builder().build());

  private ClientOptions options;

  @Override
  protected RealtimeConnection open(String baseUrl, ScaleProbe probe) throws Exception {
    ClientOptions o;
    synchronized (this) {
      if (options == null) {
        options =
            ClientOptions.builder()
                .httpClient(com.openai.client.okhttp.OkHttpClient.builder().build())
                .baseUrl(baseUrl)
                .apiKey("sk-bench-0123456789")
                .build();
      }
      o = options;
    }
    RealtimeConnection connection =
        RealtimeConnection.connect(o, RealtimeWebSocketOptions.builder().model("gpt-realtime").build());
    CompletableFuture<RealtimeConnection> updated = new CompletableFuture<>();
    receive(connection, probe, updated);
    connection.send(SESSION_UPDATE);
    return updated.get(15, TimeUnit.SECONDS);
  }

  private static void receive(
      RealtimeConnection connection, ScaleProbe probe, CompletableFuture<RealtimeConnection> updated) {
    connection
        .receiveAsync()
        .whenComplete(
            (event, error) -> {
              if (error != null) {
                updated.completeExceptionally(error);
                return;
              }
              handle(event, connection, probe, updated);
              receive(connection, probe, updated);
            });
  }

  private static void handle(
      RealtimeServerEvent event,
      RealtimeConnection connection,
      ScaleProbe probe,
      CompletableFuture<RealtimeConnection> updated) {
    if (event.isResponseOutputTextDelta()) {
      probe.delta(event.responseOutputTextDelta().get().delta());
    } else if (event.isSessionUpdated()) {
      updated.complete(connection);
    } else if (event.isResponseDone()) {
      probe.responseDone();
    }
  }

  @Override
  protected void respond(RealtimeConnection session) {
    session.send(RESPONSE_CREATE);
  }

  @Override
  protected void close(RealtimeConnection session) {
    session.close();
  }

  public static void main(String[] args) throws Exception {
    new OpenAiScale()
        .run("openai-java", args[0], Integer.parseInt(args[1]), Integer.parseInt(args[2]),
            Duration.ofSeconds(120));
    System.exit(0);
  }
}
