package org.healthedu.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.healthedu.account.PasswordHashes;

/**
 * Brings the schema up to date when the application is deployed, before any request is served. Flyway takes a
 * PostgreSQL advisory lock, so several servers starting together migrate once. With demo data switched on
 * ({@code HEALTHEDU_DEMO_DATA=true} or {@code -Dhealthedu.demo-data=true}) the demo data is loaded once, tracked in
 * its own history table so that it never mixes with the schema's.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/HealthEduDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult schema = flyway("db/migration", "flyway_schema_history").migrate();
        LOG.info(() -> "Schema at version " + version(schema) + " (" + schema.migrationsExecuted
                + " migrations applied now)");
        bootstrapAdministrator();
        if (demoDataWanted()) {
            MigrateResult demo = flyway("db/demo", "flyway_demo_history").migrate();
            LOG.info(() -> "Demo data at version " + version(demo) + " (" + demo.migrationsExecuted
                    + " applied now)");
        }
    }

    /**
     * On an empty database, with {@code HEALTHEDU_ADMIN_PASSWORD} set, creates the national unit and an {@code admin}
     * account, so that a fresh installation without demo data can be signed into. Does nothing once any account
     * exists, so the variable can stay set.
     */
    private void bootstrapAdministrator() {
        String password = setting("healthedu.admin-password", "HEALTHEDU_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement();
                    ResultSet accounts = s.executeQuery("select count(*) from account")) {
                accounts.next();
                if (accounts.getLong(1) > 0) {
                    c.rollback();
                    return;
                }
            }
            long unitId;
            try (PreparedStatement find = c.prepareStatement(
                    "select id from organisation_unit where parent_id is null order by id limit 1");
                    ResultSet root = find.executeQuery()) {
                if (root.next()) {
                    unitId = root.getLong(1);
                } else {
                    try (PreparedStatement insert = c.prepareStatement("""
                            insert into organisation_unit (id, code, name_zh, name_en, kind, path, depth)
                            select n.id, 'CFPA', '中国计划生育协会', 'China Family Planning Association', 'NATIONAL',
                                   '/' || n.id || '/', 0
                              from (select nextval('organisation_unit_seq') id) n returning id""");
                            ResultSet created = insert.executeQuery()) {
                        created.next();
                        unitId = created.getLong(1);
                    }
                }
            }
            try (PreparedStatement admin = c.prepareStatement("""
                    insert into account (id, username, password_hash, display_name, role, unit_id, locale)
                    values (nextval('account_seq'), 'admin', ?, '系统管理员', 'ADMIN', ?, 'zh_CN')""")) {
                admin.setString(1, PasswordHashes.hash(password.toCharArray()));
                admin.setLong(2, unitId);
                admin.executeUpdate();
            }
            c.commit();
            LOG.info("Created the first account, admin, from HEALTHEDU_ADMIN_PASSWORD");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the first administrator", e);
        }
    }

    private static String setting(String property, String environment) {
        return System.getProperty(property, System.getenv(environment));
    }

    private Flyway flyway(String location, String table) {
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .table(table)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    private static String version(MigrateResult result) {
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }

    static boolean demoDataWanted() {
        return Boolean.parseBoolean(setting("healthedu.demo-data", "HEALTHEDU_DEMO_DATA"));
    }
}
