/**
 * Internal, not API: the text forms and reused builders behind the SPI's encoders and decoders. May change in any release; neither users nor generated code may use it.
 */
package dev.dynabind.runtime.internal.codec;
