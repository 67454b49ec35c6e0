/**
 * Value encoders and decoders called by generated codecs. Public because generated code lives in
 * the users' packages; not meant to be called by hand.
 */
package dev.dynabind.runtime.codec;
