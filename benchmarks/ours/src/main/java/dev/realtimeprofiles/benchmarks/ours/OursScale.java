package dev.realtimeprofiles.benchmarks.ours;

import dev.realtimeprofiles.benchmarks.harness.ScaleDriver;
import dev.realtimeprofiles.benchmarks.harness.ScaleProbe;
import dev.realtimeprofiles.runtime.RealtimeClient;
import dev.realtimeprofiles.runtime.RealtimeConnection;
import dev.realtimeprofiles.runtime.RealtimeListener;
import dev.realtimeprofiles.runtime.SessionConfig;
import dev.realtimeprofiles.runtime.event.ResponseDone;
import dev.realtimeprofiles.runtime.event.ServerEvent;
import java.time.Duration;

/**
 * Our side of the scale benchmark: one {@link RealtimeClient} at the README's defaults, {@code n}
 * connections, a listener that takes each delta. {@code OursScale <baseUrl> <n> <deltas>}.
 */
public final class OursScale extends ScaleDriver<RealtimeConnection> {
  /** One profile for every session, as a generated stub's CONFIG constant is. */
  private static final SessionConfig CONFIG = SessionConfig.builder().build();

  private RealtimeClient client;

  @Override
  protected RealtimeConnection open(String baseUrl, ScaleProbe probe) {
    RealtimeClient c;
    synchronized (this) {
      if (client == null) {
        client = RealtimeClient.builder().apiKey("sk-bench-0123456789").baseUrl(baseUrl).build();
      }
      c = client;
    }
    return c.connect(
        CONFIG,
        new RealtimeListener() {
          @Override
          public void onTextDelta(String delta) {
            probe.delta(delta);
          }

          @Override
          public void onEvent(ServerEvent event) {
            if (event instanceof ResponseDone) {
              probe.responseDone();
            }
          }
        });
  }

  @Override
  protected void respond(RealtimeConnection session) {
    session.createResponse();
  }

  @Override
  protected void close(RealtimeConnection session) {
    session.close();
  }

  public static void main(String[] args) throws Exception {
    new OursScale()
        .run("ours", args[0], Integer.parseInt(args[1]), Integer.parseInt(args[2]), Duration.ofSeconds(120));
    System.exit(0);
  }
}
