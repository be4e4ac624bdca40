package org.healthedu.bench;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates the application's schema in a database of the national benchmark ({@code src-test/bench/national-load.sh})
 * with the same Flyway configuration as {@code platform.DatabaseMigrator} (locations {@code classpath:db/migration},
 * table {@code flyway_schema_history}, baseline 0), so that the application started later against that database finds
 * its schema up to date and migrates nothing twice. Started by the script with Java's source-file mode, the migrations
 * on the class path from the working tree. Arguments: JDBC URL, user, password.
 */
public final class NationalSchema {

    private NationalSchema() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: NationalSchema <jdbc-url> [user] [password]");
            System.exit(2);
        }
        String user = args.length > 1 ? args[1] : "postgres";
        String password = args.length > 2 ? args[2] : "";
        MigrateResult result = Flyway.configure(NationalSchema.class.getClassLoader())
                .dataSource(args[0], user, password)
                .locations("classpath:db/migration")
                .table("flyway_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        System.out.println("schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied)");
    }
}
