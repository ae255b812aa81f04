package dev.realtimeprofiles.benchmarks.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JMH's {@code -rf csv} output: benchmark (with {@code :secondary} suffix) to score. */
final class JmhCsv {
  private JmhCsv() {}

  /** Score by benchmark label, e.g. {@code Foo.bar} and {@code Foo.bar:gc.alloc.rate.norm}. */
  static Map<String, Double> scores(List<String> lines) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      List<String> cells = split(lines.get(i));
      if (cells.size() < 7) {
        continue;
      }
      String name = cells.get(0);
      int dot = name.lastIndexOf('.', name.contains(":") ? name.indexOf(':') : name.length());
      String shortName = name.substring(name.lastIndexOf('.', dot - 1) + 1);
      try {
        scores.put(shortName, Double.parseDouble(cells.get(4)));
      } catch (NumberFormatException e) {
        scores.put(shortName, Double.NaN);
      }
    }
    return scores;
  }

  /** Splits one CSV line on commas outside double quotes, dropping the quotes. */
  static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
