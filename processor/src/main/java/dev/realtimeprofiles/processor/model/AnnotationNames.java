package dev.realtimeprofiles.processor.model;

/**
 * Qualified names of the annotations the processor reads. Named by string, never by
 * {@code Class}, so the processor reads them only through mirrors.
 */
public final class AnnotationNames {
  public static final String PACKAGE = "dev.realtimeprofiles";
  public static final String REALTIME_SESSION = PACKAGE + ".RealtimeSession";
  public static final String TOOL = PACKAGE + ".Tool";
  public static final String PARAM = PACKAGE + ".Param";
  public static final String TURN_DETECTION = PACKAGE + ".TurnDetection";
  public static final String TRANSCRIPTION = PACKAGE + ".Transcription";
  /** What the generated stubs are annotated with, when the compilation has it (Java 9+). */
  public static final String GENERATED = "javax.annotation.processing.Generated";

  private AnnotationNames() {}
}
