package org.healthedu.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.healthedu.account.Account;

/**
 * An account sitting in a trainer group. Made by {@link TrainerGroup#admit}; leaving the group deletes the row. The
 * membership questions of {@link TrainerGroups} are named queries, so that a mistake in one fails the deployment
 * rather than another feature's request.
 */
@Entity
@NamedQuery(name = TrainerGroupMember.GROUPS_AT, query = """
        select g.kind, l.id from TrainerGroupMember m join m.group g left join g.leader l
        where m.account.id = :accountId and g.projectSite.id = :projectSiteId""")
@NamedQuery(name = TrainerGroupMember.IS_MEMBER_IN_PROJECT, query = """
        select count(m) from TrainerGroupMember m join m.group g join g.projectSite ps
        where m.account.id = :accountId and ps.project.id = :projectId and g.kind = :kind""")
@Table(name = "trainer_group_member")
public class TrainerGroupMember {

    static final String GROUPS_AT = "TrainerGroupMember.groupsAt";
    static final String IS_MEMBER_IN_PROJECT = "TrainerGroupMember.isMemberInProject";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trainer_group_member_seq")
    @SequenceGenerator(name = "trainer_group_member_seq", sequenceName = "trainer_group_member_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private TrainerGroup group;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected TrainerGroupMember() {
    }

    TrainerGroupMember(TrainerGroup group, Account account) {
        this.group = group;
        this.account = account;
    }

    public Long id() {
        return id;
    }

    public TrainerGroup group() {
        return group;
    }

    public Account account() {
        return account;
    }
}
