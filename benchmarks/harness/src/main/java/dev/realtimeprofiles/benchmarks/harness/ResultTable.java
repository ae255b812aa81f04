package dev.realtimeprofiles.benchmarks.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one table the runner prints: metric, ours, peer or limit, ratio, target, met. Ratios are always
 * ours divided by the other side, taken in the same run.
 */
final class ResultTable {
  /** Whether the target asks the ratio to be at least or at most a bound. */
  enum Goal {
    AT_LEAST(">="), AT_MOST("<=");

    final String symbol;

    Goal(String symbol) {
      this.symbol = symbol;
    }
  }

  record Row(String metric, String ours, String other, String ratio, String target, String met) {}

  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /** Adds a measured row: ratio = ours / other, met when it satisfies {@code goal bound}. */
  void add(String metric, double ours, double other, String unit, Goal goal, double bound) {
    if (!(ours > 0) || !(other > 0)) {
      rows.add(new Row(metric, format(ours) + " " + unit, format(other) + " " + unit, "-",
          goal.symbol + " " + format(bound) + "x", "n/a"));
      notes.add(metric + ": no ratio, a side measured nothing (window too short for its first call?)");
      return;
    }
    double ratio = ours / other;
    boolean met = goal == Goal.AT_LEAST ? ratio >= bound : ratio <= bound;
    rows.add(new Row(metric, format(ours) + " " + unit, format(other) + " " + unit,
        format(ratio) + "x", goal.symbol + " " + format(bound) + "x", met ? "yes" : "NO"));
  }

  /** Adds a row whose cells the caller wrote (several sides in one cell, an absolute target). */
  void custom(String metric, String ours, String other, String ratio, String target, boolean met) {
    rows.add(new Row(metric, ours, other, ratio, target, met ? "yes" : "NO"));
  }

  /** Adds a row for information only (no target). */
  void info(String metric, String ours, String other, String ratio) {
    rows.add(new Row(metric, ours, other, ratio, "-", "-"));
  }

  /** Adds a row that could not be measured, and why. */
  void missing(String metric, String target, String why) {
    rows.add(new Row(metric, "n/a", "n/a", "-", target, "n/a"));
    notes.add(metric + ": not measured: " + why);
  }

  void note(String note) {
    notes.add(note);
  }

  List<Row> rows() {
    return List.copyOf(rows);
  }

  /** Markdown, so the same text goes to the terminal and into the README. */
  String render() {
    String[] header = {"metric", "ours", "peer / limit", "ratio", "target", "met?"};
    int[] width = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      width[i] = header[i].length();
    }
    for (Row row : rows) {
      String[] cells = cells(row);
      for (int i = 0; i < cells.length; i++) {
        width[i] = Math.max(width[i], cells[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, width);
    String[] rule = new String[header.length];
    for (int i = 0; i < rule.length; i++) {
      rule[i] = "-".repeat(width[i]);
    }
    line(out, rule, width);
    for (Row row : rows) {
      line(out, cells(row), width);
    }
    if (!notes.isEmpty()) {
      out.append('\n');
      for (String note : notes) {
        out.append("- ").append(note).append('\n');
      }
    }
    return out.toString();
  }

  private static String[] cells(Row row) {
    return new String[] {row.metric(), row.ours(), row.other(), row.ratio(), row.target(), row.met()};
  }

  private static void line(StringBuilder out, String[] cells, int[] width) {
    out.append('|');
    for (int i = 0; i < cells.length; i++) {
      out.append(' ').append(cells[i]).append(" ".repeat(width[i] - cells[i].length())).append(" |");
    }
    out.append('\n');
  }

  /** Three significant digits, without scientific notation for the magnitudes we print. */
  static String format(double value) {
    double abs = Math.abs(value);
    if (abs >= 100 || (value == Math.rint(value) && abs < 1e15)) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (abs >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (abs >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
