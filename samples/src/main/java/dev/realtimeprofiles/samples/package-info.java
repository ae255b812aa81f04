/**
 * Demo profiles: a support agent with tools (GA), a record-parameterised profile, and a beta
 * profile with the seed's parameters. {@link dev.realtimeprofiles.samples.Demo} runs them.
 */
package dev.realtimeprofiles.samples;
