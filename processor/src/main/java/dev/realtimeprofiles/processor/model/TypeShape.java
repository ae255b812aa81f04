package dev.realtimeprofiles.processor.model;

/**
 * Facts about the annotated type that decide whether it can be a profile at all.
 *
 * @param kind what the type is
 * @param isPrivate whether the type itself is private
 * @param isLocal whether it is local or anonymous (not a top-level or member type)
 * @param inaccessibleEnclosing qualified name of a private enclosing type, or empty
 * @param generic whether the type declares type parameters
 */
public record TypeShape(
    Kind kind, boolean isPrivate, boolean isLocal, String inaccessibleEnclosing, boolean generic) {

  /** What kind of type was annotated. */
  public enum Kind {
    INTERFACE,
    RECORD,
    CLASS,
    ENUM,
    ANNOTATION_TYPE
  }
}
