package dev.realtimeprofiles.runtime.internal.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends one request with the retries of {@link RetryPolicy}. Each attempt reads the whole body,
 * so a connection that drops mid-body is a connection failure and is retried like one.
 */
public final class HttpExecutor {

  private final OkHttpClient client;
  private final int maxRetries;
  private final RetryPolicy policy;
  private final Sleeper sleeper;

  public HttpExecutor(OkHttpClient client, int maxRetries, RetryPolicy policy, Sleeper sleeper) {
    this.client = client;
    this.maxRetries = maxRetries;
    this.policy = policy;
    this.sleeper = sleeper;
  }

  /**
   * The last attempt's response, successful or not.
   *
   * @throws IOException the last connection failure, when no attempt got a response
   * @throws InterruptedIOException when {@code handle} was cancelled or the thread interrupted
   */
  public HttpResult execute(Request request, CallHandle handle) throws IOException {
    for (int retries = 0; ; retries++) {
      if (handle.isCancelled()) {
        throw new InterruptedIOException("Canceled");
      }
      Duration delay;
      Call call = client.newCall(request);
      handle.start(call);
      try (Response response = call.execute()) {
        ResponseBody body = response.body();
        MediaType type = body.contentType();
        HttpResult result =
            new HttpResult(
                response.code(),
                response.headers(),
                type == null ? "no content type" : type.toString(),
                body.string());
        if (result.isSuccessful()
            || retries >= maxRetries
            || !policy.shouldRetry(result.code(), result.headers())) {
          return result;
        }
        delay = policy.delay(result.headers(), retries);
      } catch (IOException e) {
        if (handle.isCancelled() || retries >= maxRetries) {
          throw e;
        }
        delay = policy.delay(Headers.of(), retries);
      }
      try {
        sleeper.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting to retry");
      }
    }
  }
}
