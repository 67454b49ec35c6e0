/**
 * Service provider interface for the code the annotation processor generates: table codecs and
 * their metadata, and the value encoders and decoders they call. Public because generated code
 * lives in the users' packages; not meant to be used by hand, and it may change together with the
 * processor.
 */
package dev.dynabind.runtime.spi;
