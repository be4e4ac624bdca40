package org.healthedu.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

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
        if (demoDataWanted()) {
            MigrateResult demo = flyway("db/demo", "flyway_demo_history").migrate();
            LOG.info(() -> "Demo data at version " + version(demo) + " (" + demo.migrationsExecuted
                    + " applied now)");
        }
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
        String value = System.getProperty("healthedu.demo-data", System.getenv("HEALTHEDU_DEMO_DATA"));
        return Boolean.parseBoolean(value);
    }
}
