package org.healthedu.file;

/** A file to hand to a user: its name, the content type it was recognised as, and its bytes. */
public record FileContent(String fileName, String contentType, byte[] bytes) {
}
