package org.healthedu.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What every changeable entity keeps: a version for optimistic locking (a stale edit is refused, never lost) and
 * when it was created and last changed.
 */
@MappedSuperclass
public abstract class Tracked {

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public long version() {
        return version;
    }
}
