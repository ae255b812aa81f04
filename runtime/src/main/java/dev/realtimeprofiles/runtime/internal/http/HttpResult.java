package dev.realtimeprofiles.runtime.internal.http;

import okhttp3.Headers;

/** A response read whole: the last attempt's status, headers and body. */
public record HttpResult(int code, Headers headers, String contentType, String body) {

  public boolean isSuccessful() {
    return code >= 200 && code < 300;
  }
}
