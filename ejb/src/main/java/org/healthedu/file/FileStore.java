package org.healthedu.file;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.util.Collection;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Persistence;

/**
 * Stores and reads uploaded files in the caller's transaction. It checks what a file is (kind by its bytes, size) but
 * not who may see it: it is only used from services that have checked the caller's role and scope for the thing the
 * file belongs to.
 */
@Dependent
public class FileStore {

    static final int MAX_NAME_LENGTH = 255;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    private EntityManager em;

    /**
     * Checks {@code content} against {@code policy} and stores it. Broken rules name {@code field}: an empty file, one
     * too large, one whose bytes are not of an accepted kind (whatever its name says), or one whose name claims another
     * kind than its bytes are.
     */
    public StoredFile store(String field, String fileName, byte[] content, FilePolicy policy, Long uploadedBy) {
        FileType type = check(field, fileName, content, policy);
        StoredFile file = new StoredFile(cleanName(fileName, type), type, content.length, sha256(content), uploadedBy);
        em.persist(file);
        em.flush();
        em.createNativeQuery("insert into stored_file_content (file_id, content) values (?1, ?2)")
                .setParameter(1, file.id()).setParameter(2, content).executeUpdate();
        return file;
    }

    /** The broken rule for this upload, if any; otherwise the kind of file it is. */
    public static FileType check(String field, String fileName, byte[] content, FilePolicy policy) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid(field, "error.file.empty");
        }
        if (content.length > policy.maxBytes()) {
            throw DomainException.invalid(field, "error.file.tooLarge", policy.maxMib());
        }
        FileType type = FileType.detect(content, fileName).filter(policy.types()::contains)
                .orElseThrow(() -> DomainException.invalid(field, "error.file.type", policy.extensions()));
        if (!type.fitsName(fileName)) {
            throw DomainException.invalid(field, "web.upload.contentMismatch", FileType.extensionOf(fileName),
                    type.extension());
        }
        return type;
    }

    public StoredFile find(long id) {
        return Persistence.findOrNotFound(em, StoredFile.class, id, "error.file.notFound");
    }

    /**
     * The file's name, type and bytes, for a download the caller has been allowed; a file whose content was removed for
     * privacy is gone (410), with the day it was removed.
     */
    public FileContent content(StoredFile file) {
        if (file.contentRemovedAt() != null) {
            throw DomainException.gone("error.file.removedForPrivacy", file.fileName(),
                    file.contentRemovedAt().atZone(CHINA).toLocalDate().toString());
        }
        byte[] bytes = (byte[]) em.createNativeQuery("select content from stored_file_content where file_id = ?1")
                .setParameter(1, file.id()).getSingleResult();
        return new FileContent(file.fileName(), file.contentType(), bytes);
    }

    /**
     * Removes the bytes of these files for privacy, keeping each metadata row with the time and {@code reason}; files
     * removed before keep their first time and reason. Returns how many files lost their content now. Callers check
     * who may do this; the statements are set-based (one per table, whatever the number of files).
     */
    public int removeContent(Collection<Long> fileIds, RemovalReason reason) {
        if (fileIds.isEmpty()) {
            return 0;
        }
        em.flush();
        int removed = em.createNativeQuery("""
                update stored_file set content_removed_at = now(), content_removed_reason = :reason
                where id in (:ids) and content_removed_at is null""")
                .setParameter("reason", reason.name()).setParameter("ids", fileIds).executeUpdate();
        em.createNativeQuery("delete from stored_file_content where file_id in (:ids)")
                .setParameter("ids", fileIds).executeUpdate();
        em.clear();
        return removed;
    }

    /** Why a file's content was removed. */
    public enum RemovalReason {
        /** Named in a participant's erasure, after someone checked that it shows them. */
        ERASURE,
        /** Its reason to be kept passed: the retention period after its project (or activity) ended. */
        RETENTION
    }

    /**
     * The name a user will see: the last part of what the browser sent (some send a whole path), without control
     * characters, at most 255 characters; a blank name becomes "file" with the kind's extension.
     */
    static String cleanName(String fileName, FileType type) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c)).forEach(clean::appendCodePoint);
        name = clean.toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "file." + type.extension();
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            String suffix = "." + type.extension();
            name = name.substring(0, name.offsetByCodePoints(0, MAX_NAME_LENGTH - suffix.length())) + suffix;
        }
        return name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
