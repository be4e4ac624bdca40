package org.healthedu.training;

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
import org.healthedu.account.Account;
import org.healthedu.organisation.UnitPath;
import org.healthedu.project.ProjectSite;
import org.healthedu.shared.DomainException;
import org.healthedu.shared.Tracked;

/**
 * One of the three groups of a project site (工作组), with an optional leader who is always one of its members. Who
 * may join is checked here ({@link #admit}); members are rows of {@link TrainerGroupMember}, counted by the service.
 * A closed project's groups are read-only.
 */
@Entity
@Table(name = "trainer_group")
public class TrainerGroup extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trainer_group_seq")
    @SequenceGenerator(name = "trainer_group_seq", sequenceName = "trainer_group_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_site_id", nullable = false)
    private ProjectSite projectSite;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private GroupKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "leader_account_id")
    private Account leader;

    protected TrainerGroup() {
    }

    /** The group of {@code kind} of a project site, without members yet. */
    public TrainerGroup(ProjectSite projectSite, GroupKind kind) {
        if (kind == null) {
            throw DomainException.invalid("kind", "error.required");
        }
        this.projectSite = projectSite;
        this.kind = kind;
    }

    /**
     * A new member: an active account of the project owner's subtree whose role this kind of group admits. The
     * caller has checked that the account is not a member already.
     */
    public TrainerGroupMember admit(Account account) {
        projectSite.project().requireOpen();
        if (!account.isActive()) {
            throw DomainException.invalid("accountId", "trainerGroup.member.inactive");
        }
        if (!kind.admits(account.role())) {
            throw DomainException.invalid("accountId", "trainerGroup.member.role", account.role().labelKey(),
                    kind.labelKey());
        }
        if (!UnitPath.isWithin(account.unit().path(), projectSite.project().owner().path())) {
            throw DomainException.invalid("accountId", "trainerGroup.member.outOfScope");
        }
        return new TrainerGroupMember(this, account);
    }

    /**
     * Checks that {@code account} may leave: the leader may not, until another leader is named or the leader is
     * cleared, so a group is never left silently without the person who moves its work on.
     */
    public void requireMayLeave(Account account) {
        projectSite.project().requireOpen();
        if (isLeader(account)) {
            throw DomainException.conflict("accountId", "trainerGroup.member.isLeader");
        }
    }

    /** Names the leader ({@code null}: none). The leader must be a member ({@code isMember} says whether they are). */
    public void appoint(Account newLeader, boolean isMember) {
        projectSite.project().requireOpen();
        if (newLeader != null && !isMember) {
            throw DomainException.invalid("accountId", "trainerGroup.leader.notMember");
        }
        this.leader = newLeader;
    }

    public boolean isLeader(Account account) {
        return leader != null && account != null && leader.id() != null && leader.id().equals(account.id());
    }

    public Long id() {
        return id;
    }

    public ProjectSite projectSite() {
        return projectSite;
    }

    public GroupKind kind() {
        return kind;
    }

    public Account leader() {
        return leader;
    }
}
