package org.healthedu.courseware;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import org.healthedu.file.StoredFile;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Text;

/**
 * A file or a video link of one courseware version, at a position in it. Created only on a draft; a new version gets
 * copies pointing at the same stored files (a stored file never changes).
 */
@Entity
@Table(name = "courseware_item")
public class CoursewareItem {

    public static final int TITLE_MAX = 200;
    public static final int URL_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "courseware_item_seq")
    @SequenceGenerator(name = "courseware_item_seq", sequenceName = "courseware_item_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    private CoursewareVersion version;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private CoursewareItemKind kind;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id")
    private StoredFile file;

    @Column(length = URL_MAX)
    private String url;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected CoursewareItem() {
    }

    private CoursewareItem(CoursewareVersion version, int position, CoursewareItemKind kind, String title,
            StoredFile file, String url, Long createdBy) {
        this.version = version;
        this.position = position;
        this.kind = kind;
        this.title = title;
        this.file = file;
        this.url = url;
        this.createdBy = createdBy;
    }

    /** An uploaded file on a draft; without a title it is shown by its file name. */
    public static CoursewareItem file(CoursewareVersion version, int position, StoredFile file, String title,
            long createdBy) {
        version.status().requireEditable();
        String checkedTitle = Text.optional("title", title, TITLE_MAX);
        String shown = checkedTitle != null ? checkedTitle : file.fileName();
        if (shown.codePointCount(0, shown.length()) > TITLE_MAX) {
            shown = shown.substring(0, shown.offsetByCodePoints(0, TITLE_MAX));
        }
        return new CoursewareItem(version, position, CoursewareItemKind.FILE, shown, file, null, createdBy);
    }

    /** A link to a video on a draft: a title is required, the address must be http or https. */
    public static CoursewareItem link(CoursewareVersion version, int position, String title, String url,
            long createdBy) {
        version.status().requireEditable();
        String checkedTitle = Text.required("title", title, TITLE_MAX);
        return new CoursewareItem(version, position, CoursewareItemKind.LINK, checkedTitle, null, checkedUrl(url),
                createdBy);
    }

    /** The same file or link, in the same place, in a new version (no file is copied: they never change). */
    public CoursewareItem copyTo(CoursewareVersion next) {
        return new CoursewareItem(next, position, kind, title, file, url, createdBy);
    }

    /**
     * A video address as given, trimmed: an absolute http or https URL with a host, no spaces or control characters,
     * at most {@value #URL_MAX} characters; anything else is the broken rule {@code courseware.link.invalid}.
     */
    public static String checkedUrl(String url) {
        String trimmed = url == null ? "" : url.strip();
        if (trimmed.isEmpty()) {
            throw DomainException.invalid("url", "error.required");
        }
        if (trimmed.length() > URL_MAX) {
            throw DomainException.invalid("url", "error.tooLong", URL_MAX);
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw DomainException.invalid("url", "courseware.link.invalid");
            }
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
                throw DomainException.invalid("url", "courseware.link.invalid");
            }
        } catch (URISyntaxException e) {
            throw DomainException.invalid("url", "courseware.link.invalid");
        }
        return trimmed;
    }

    public Long id() {
        return id;
    }

    public CoursewareVersion version() {
        return version;
    }

    public int position() {
        return position;
    }

    public CoursewareItemKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public StoredFile file() {
        return file;
    }

    public String url() {
        return url;
    }
}
