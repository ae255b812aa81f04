package dev.realtimeprofiles.processor.validate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.realtimeprofiles.Api;
import dev.realtimeprofiles.processor.model.ProfileModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code extra}: a JSON object whose keys do not clash with fields the profile sets. */
final class ExtraRule implements Rule {
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Jackson's reason without its details: "Unrecognized token 'x'", "Duplicate field 'a'". */
  private static String shortReason(String message) {
    String first = message.lines().findFirst().orElse("");
    int cut = first.length();
    for (String stop : new String[] {": ", " ("}) {
      int i = first.indexOf(stop);
      if (i > 0 && i < cut) {
        cut = i;
      }
    }
    return first.substring(0, cut);
  }

  @Override
  public void check(ProfileModel p, ValidationReport.Builder report) {
    String extra = p.extra().value();
    if (!p.extra().explicit() || extra.isBlank()) {
      return;
    }
    List<String> keys = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(extra)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        report.report(Message.EXTRA_NOT_OBJECT, p.extra(), "it starts with " + Texts.quote(
            parser.getText() == null ? "" : parser.getText()));
        return;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        keys.add(parser.currentName());
        parser.nextToken();
        parser.skipChildren();
      }
      if (parser.nextToken() != null) {
        report.report(Message.EXTRA_NOT_OBJECT, p.extra(),
            "text follows the object at index " + parser.currentTokenLocation().getCharOffset());
        return;
      }
    } catch (JsonProcessingException e) {
      report.report(Message.EXTRA_NOT_OBJECT, p.extra(),
          "it does not parse at index " + e.getLocation().getCharOffset() + ": "
              + shortReason(e.getOriginalMessage()));
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String: cannot happen
    }
    Set<String> set = WireFields.of(p);
    String api = p.targetApi() == Api.GA ? "GA" : "beta";
    for (String key : keys) {
      if (set.contains(key)) {
        report.report(Message.EXTRA_KEY_CLASH, p.extra(), Texts.quote(key), api);
      }
    }
  }
}
