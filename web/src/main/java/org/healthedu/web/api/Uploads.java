package org.healthedu.web.api;

import java.io.IOException;
import java.io.InputStream;
import org.healthedu.file.FilePolicy;
import org.healthedu.shared.DomainException;

/** Reads an uploaded request body with the policy's limit: one byte more is read, so an oversized body is refused. */
public final class Uploads {

    private Uploads() {
    }

    public static byte[] read(InputStream body, FilePolicy policy) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) policy.maxBytes() + 1);
        if (content.length > policy.maxBytes()) {
            throw DomainException.invalid("file", "error.file.tooLarge", policy.maxMib());
        }
        return content;
    }
}
