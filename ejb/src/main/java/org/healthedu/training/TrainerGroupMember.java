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
@NamedQuery(name = TrainerGroupMember.IS_MEMBER, query = """
        select count(m) from TrainerGroupMember m join m.group g
        where m.account.id = :accountId and g.projectSite.id = :projectSiteId and g.kind = :kind""")
@NamedQuery(name = TrainerGroupMember.IS_LEADER, query = """
        select count(g) from TrainerGroup g
        where g.leader.id = :accountId and g.projectSite.id = :projectSiteId and g.kind = :kind""")
@NamedQuery(name = TrainerGroupMember.IS_MEMBER_OF_PROJECT, query = """
        select count(m) from TrainerGroupMember m join m.group g join g.projectSite ps
        where m.account.id = :accountId and ps.project.id = :projectId""")
@NamedQuery(name = TrainerGroupMember.IS_MEMBER_IN_PROJECT, query = """
        select count(m) from TrainerGroupMember m join m.group g join g.projectSite ps
        where m.account.id = :accountId and ps.project.id = :projectId and g.kind = :kind""")
@NamedQuery(name = TrainerGroupMember.IS_LEADER_IN_PROJECT, query = """
        select count(g) from TrainerGroup g join g.projectSite ps
        where g.leader.id = :accountId and ps.project.id = :projectId and g.kind = :kind""")
@NamedQuery(name = TrainerGroupMember.MEMBER_IDS, query = """
        select m.account.id from TrainerGroupMember m join m.group g
        where g.projectSite.id = :projectSiteId and g.kind = :kind order by m.account.id""")
@Table(name = "trainer_group_member")
public class TrainerGroupMember {

    static final String IS_MEMBER = "TrainerGroupMember.isMember";
    static final String IS_LEADER = "TrainerGroupMember.isLeader";
    static final String IS_MEMBER_OF_PROJECT = "TrainerGroupMember.isMemberOfProject";
    static final String IS_MEMBER_IN_PROJECT = "TrainerGroupMember.isMemberInProject";
    static final String IS_LEADER_IN_PROJECT = "TrainerGroupMember.isLeaderInProject";
    static final String MEMBER_IDS = "TrainerGroupMember.memberIds";

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
