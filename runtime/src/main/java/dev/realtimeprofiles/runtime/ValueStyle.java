package dev.realtimeprofiles.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this package's value types: the hand-written abstract type is the public
 * API (with a nested {@code Builder} and the generated {@code with*} copies), the generated
 * {@code Immutable*} class stays package-private, and no annotation with values reaches the class
 * files (users compile without Immutables on the class path, warning-free under -Xlint:all).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class})
@interface ValueStyle {}
