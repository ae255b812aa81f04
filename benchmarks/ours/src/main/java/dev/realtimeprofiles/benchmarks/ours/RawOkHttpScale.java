package dev.realtimeprofiles.benchmarks.ours;

import dev.realtimeprofiles.benchmarks.harness.ScaleDriver;
import dev.realtimeprofiles.benchmarks.harness.ScaleProbe;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The limit of the scale benchmark: OkHttp's own {@link WebSocketListener} on the same server,
 * with nothing of ours on top (no JSON parsing: the delta is cut out of the text). OkHttp's
 * dispatcher is unbounded here, else it would stop at 64 sockets; its executor is OkHttp's own
 * (a platform thread per socket). {@code RawOkHttpScale <baseUrl> <n> <deltas>}.
 */
public final class RawOkHttpScale extends ScaleDriver<WebSocket> {
  private static final String DELTA = "\"delta\":\"";
  private final OkHttpClient client;

  RawOkHttpScale() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(Integer.MAX_VALUE);
    dispatcher.setMaxRequestsPerHost(Integer.MAX_VALUE);
    client = new OkHttpClient.Builder().dispatcher(dispatcher).build();
  }

  @Override
  protected WebSocket open(String baseUrl, ScaleProbe probe) throws Exception {
    CompletableFuture<WebSocket> updated = new CompletableFuture<>();
    String url = "ws" + baseUrl.substring("http".length()) + "/realtime?model=gpt-realtime";
    Request request =
        new Request.Builder().url(url).header("Authorization", "Bearer sk-bench-0123456789").build();
    WebSocket socket =
        client.newWebSocket(
            request,
            new WebSocketListener() {
              @Override
              public void onMessage(WebSocket webSocket, String text) {
                if (text.startsWith("{\"type\":\"response.output_text.delta\"")) {
                  int at = text.indexOf(DELTA) + DELTA.length();
                  probe.delta(text.substring(at, text.indexOf('"', at)));
                } else if (text.startsWith("{\"type\":\"session.updated\"")) {
                  updated.complete(webSocket);
                } else if (text.startsWith("{\"type\":\"response.done\"")) {
                  probe.responseDone();
                }
              }

              @Override
              public void onFailure(WebSocket webSocket, Throwable t, Response response) {
                updated.completeExceptionally(t);
              }
            });
    socket.send("{\"type\":\"session.update\",\"event_id\":\"evt_1\",\"session\":{\"type\":\"realtime\"}}");
    return updated.get(15, TimeUnit.SECONDS);
  }

  @Override
  protected void respond(WebSocket session) {
    session.send("{\"type\":\"response.create\",\"event_id\":\"evt_2\"}");
  }

  @Override
  protected void close(WebSocket session) {
    session.close(1000, null);
  }

  public static void main(String[] args) throws Exception {
    new RawOkHttpScale()
        .run("raw-okhttp", args[0], Integer.parseInt(args[1]), Integer.parseInt(args[2]), Duration.ofSeconds(120));
    System.exit(0);
  }
}
