package org.healthedu.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Names the caller to the database once per transaction, for the audit_change triggers (V28): the first EJB call
 * inside a transaction runs one statement setting {@code healthedu.actor} and {@code healthedu.actor_id} for that
 * transaction only; later calls in the same transaction find the mark in the transaction's registry and cost nothing.
 * Bound to every bean as a default interceptor (META-INF/ejb-jar.xml). A timer's transaction is "system", an
 * anonymous caller's (check-in, feedback) "public". The container shares one connection per transaction, so the
 * setting is seen by what JPA and native queries write afterwards.
 */
public class AuditActor {

    static final String SYSTEM = "system";
    static final String PUBLIC = "public";
    private static final String NAMED = AuditActor.class.getName();
    private static final String SET_ACTOR = """
            select set_config('healthedu.actor', ?, true),
                   set_config('healthedu.actor_id', coalesce((select id::text from account where username = ?), ''),
                              true)""";

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private EJBContext context;

    @Resource(lookup = "java:jboss/datasources/HealthEduDS")
    private DataSource dataSource;

    @AroundInvoke
    public Object nameActor(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionKey() != null && transactions.getResource(NAMED) == null
                && !(invocation.getTarget() instanceof AuditLog)) {
            transactions.putResource(NAMED, Boolean.TRUE);
            String actor = actorOf(invocation);
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(SET_ACTOR)) {
                statement.setString(1, actor);
                statement.setString(2, actor);
                statement.execute();
            } catch (SQLException e) {
                throw new IllegalStateException("could not name the caller for the audit trail", e);
            }
        }
        return invocation.proceed();
    }

    private String actorOf(InvocationContext invocation) {
        if (invocation.getTimer() != null) {
            return SYSTEM;
        }
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        if (name == null || name.isBlank() || "anonymous".equals(name)) {
            return PUBLIC;
        }
        return name.length() <= 60 ? name : name.substring(0, 60);
    }
}
