package org.healthedu.dashboard;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.healthedu.account.Caller;
import org.healthedu.account.Role;
import org.healthedu.project.Project;
import org.healthedu.shared.DomainException;

/**
 * The project sites a viewer may see figures of: all of them for whoever covers the project's owning or funding unit;
 * otherwise the sites inside their own unit's subtree (coordinators and observers: by the site's unit or the unit
 * responsible for it), the sites where they sit in a trainer group, and the sites of sessions they are on. Nobody
 * else sees anything (403). Shared by the attendance dashboard and the feedback results, so both follow one rule.
 */
public record ProjectScope(boolean everything, Map<Long, Site> sites) {

    /** A visible project site: its id, the site's id and name, and the name of the site's unit. */
    public record Site(long id, long siteId, String name, String unitName) implements java.io.Serializable {
    }

    private static final String VISIBLE_SITES = """
            select ps.id, st.id as site_id, st.name_zh, u.name_zh as unit_name
              from project_site ps join site st on st.id = ps.site_id
                   join organisation_unit u on u.id = st.unit_id
                   join organisation_unit r on r.id = ps.responsible_unit_id
             where ps.project_id = :project
               and (:everything
                    or (:byUnit and (u.path like :scope or r.path like :scope))
                    or exists (select 1 from trainer_group g join trainer_group_member m on m.group_id = g.id
                                where g.project_site_id = ps.id and m.account_id = :me)
                    or exists (select 1 from training_session s
                                where s.project_site_id = ps.id and s.lead_trainer_id = :me)
                    or exists (select 1 from session_staff x join training_session s on s.id = x.session_id
                                where s.project_site_id = ps.id and x.account_id = :me))
             order by st.name_zh, ps.id
            """;

    /**
     * The caller's sites of the project, narrowed to {@code projectSiteId} when given (not visible: the broken rule
     * {@code siteNotFoundKey}); one query.
     */
    public static ProjectScope of(EntityManager em, Caller caller, Project project, Long projectSiteId,
            String siteNotFoundKey) {
        boolean everything = caller.covers(project.owner().path()) || caller.covers(project.funder().path());
        Map<Long, Site> sites = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery(VISIBLE_SITES)
                .setParameter("project", project.id())
                .setParameter("everything", everything)
                .setParameter("byUnit", !everything && caller.role() != Role.TRAINER)
                .setParameter("scope", caller.scopePattern())
                .setParameter("me", caller.accountId())
                .getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            sites.put(id, new Site(id, ((Number) r[1]).longValue(), (String) r[2], (String) r[3]));
        }
        if (!everything && sites.isEmpty()) {
            throw DomainException.forbidden();
        }
        if (projectSiteId != null) {
            Site one = sites.get(projectSiteId);
            if (one == null) {
                throw DomainException.notFound(siteNotFoundKey);
            }
            sites = Map.of(projectSiteId, one);
        }
        return new ProjectScope(everything, sites);
    }

    /**
     * The sites as a PostgreSQL array literal, which queries read as {@code in (select unnest(cast(:sites as
     * bigint[])))}: cast once per query. As {@code = any(cast(:sites as bigint[]))} a sequential scan cast the text
     * again for every row it met (~70 ms per query for a city's 500 sites and 2,500 sessions).
     */
    public String array() {
        return sites.keySet().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    public String name(long projectSiteId) {
        Site site = sites.get(projectSiteId);
        return site == null ? null : site.name();
    }
}
