package dev.realtimeprofiles.runtime.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** {@code realtime-profiles-java/<version>}, the version filtered into a resource at build. */
public final class UserAgent {

  public static final String VALUE = "realtime-profiles-java/" + readVersion();

  private UserAgent() {}

  private static String readVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("/dev/realtimeprofiles/runtime/internal/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
